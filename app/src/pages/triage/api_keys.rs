//! For the commissioner and the operator: the organisations' API keys (only their first characters), making
//! one (shown once), revoking one, and the latest calls to the API with what came of each (nothing personal).

use crate::components::{Button, ErrorSummary, Radio, Radios, Table, TextInput, WarningText};
use crate::forms::Form;
use crate::i18n::{msg, use_i18n};
use crate::shell::PageTitle;
use leptos::prelude::*;

/// One key, as the page lists it.
#[derive(Clone, Debug)]
pub struct ApiKeyRow {
    pub id: i64,
    pub organisation: String,
    pub label: String,
    /// `wmk_` and the key's first characters.
    pub prefix: String,
    pub created: String,
    pub last_used: Option<String>,
    pub revoked: Option<String>,
}

/// One call to the API.
#[derive(Clone, Debug)]
pub struct ApiCallRow {
    pub when: String,
    /// The key's prefix, or none when no key was recognised.
    pub key: Option<String>,
    pub outcome: String,
    pub status: i64,
    pub reference: Option<String>,
}

#[component]
pub fn ApiKeysPage(
    keys: Vec<ApiKeyRow>,
    calls: Vec<ApiCallRow>,
    /// Organisations that may be given a key: (id, name).
    organisations: Vec<(String, String)>,
    form: Form,
) -> impl IntoView {
    let i18n = use_i18n();
    let key_rows = keys
        .into_iter()
        .map(|k| {
            let standing = match &k.revoked {
                Some(when) => i18n.text(&msg("api-keys-revoked-on").with("when", when.clone())),
                None => i18n.t("api-keys-active"),
            };
            let label = i18n.text(&msg("api-keys-revoke-for").with("key", k.prefix.clone()));
            let action = k.revoked.is_none().then(|| {
                view! {
                    <form method="post" action=format!("/staff/api-keys/{}/revoke", k.id) class="wm-inline-form">
                        <button type="submit" class="wm-button wm-button--warning" aria-label=label>
                            {i18n.t("api-keys-revoke")}
                        </button>
                    </form>
                }
            });
            let last = k.last_used.clone().unwrap_or_else(|| i18n.t("api-keys-never-used"));
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{k.organisation.clone()}</td>
                    <td class="wm-table__cell">{k.label.clone()}</td>
                    <td class="wm-table__cell"><code dir="ltr">{k.prefix.clone()}"…"</code></td>
                    <td class="wm-table__cell">{i18n.digits(&k.created)}</td>
                    <td class="wm-table__cell">{i18n.digits(&last)}</td>
                    <td class="wm-table__cell">{i18n.digits(&standing)}</td>
                    <td class="wm-table__cell">{action}</td>
                </tr>
            }
        })
        .collect_view();
    let call_rows = calls
        .into_iter()
        .map(|c| {
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{i18n.digits(&c.when)}</td>
                    <td class="wm-table__cell"><code dir="ltr">{c.key.clone().unwrap_or_else(|| "-".into())}</code></td>
                    <td class="wm-table__cell"><code dir="ltr">{c.outcome.clone()}</code></td>
                    <td class="wm-table__cell">{i18n.digits(&c.status.to_string())}</td>
                    <td class="wm-table__cell"><code dir="ltr">{c.reference.clone().unwrap_or_default()}</code></td>
                </tr>
            }
        })
        .collect_view();
    let new_key = if organisations.is_empty() {
        view! { <p class="wm-body">{i18n.t("api-keys-no-organisations")}</p> }.into_any()
    } else {
        let options = organisations
            .into_iter()
            .map(|(id, name)| Radio { value: id.into(), label: name, hint: None })
            .collect::<Vec<_>>();
        view! {
            <form method="post" action="/staff/api-keys" novalidate>
                <Radios name="organisation" legend=i18n.t("api-keys-organisation") options=options form=form.clone()/>
                <TextInput
                    name="label"
                    label=i18n.t("api-keys-label")
                    hint=i18n.t("api-keys-label-hint")
                    form=form.clone()
                    autocomplete="off"
                />
                <Button text=i18n.t("api-keys-create")/>
            </form>
        }
        .into_any()
    };
    view! {
        <PageTitle text=i18n.t("api-keys-title") error=form.has_errors()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-xl">{i18n.t("api-keys-heading")}</h1>
        <p class="wm-body">{i18n.t("api-keys-lead")}</p>
        <Table caption=i18n.t("api-keys-heading") headings=vec![
            i18n.t("api-keys-organisation"),
            i18n.t("api-keys-label"),
            i18n.t("api-keys-key"),
            i18n.t("api-keys-created"),
            i18n.t("api-keys-last-used"),
            i18n.t("api-keys-standing"),
            i18n.t("api-keys-action"),
        ]>
            <tbody class="wm-table__body">{key_rows}</tbody>
        </Table>
        <h2 class="wm-heading-l">{i18n.t("api-keys-new-heading")}</h2>
        {new_key}
        <h2 class="wm-heading-l">{i18n.t("api-calls-heading")}</h2>
        <p class="wm-body">{i18n.t("api-calls-lead")}</p>
        <Table caption=i18n.t("api-calls-heading") headings=vec![
            i18n.t("triage-audit-when"),
            i18n.t("api-keys-key"),
            i18n.t("api-calls-outcome"),
            i18n.t("api-calls-status"),
            i18n.t("follow-reference"),
        ]>
            <tbody class="wm-table__body">{call_rows}</tbody>
        </Table>
    }
}

/// A new key, shown only in the answer to the post that made it.
#[component]
pub fn ApiKeyCreatedPage(organisation: String, label: String, key: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("api-key-created-title")/>
        <h1 class="wm-heading-xl">{i18n.t("api-key-created-heading")}</h1>
        <p class="wm-body">{i18n.text(&msg("api-key-created-lead").with("organisation", organisation).with("label", label))}</p>
        <div class="wm-form-group">
            <label class="wm-label" for="api-key">{i18n.t("api-keys-key")}</label>
            <input
                class="wm-input"
                id="api-key"
                type="text"
                readonly=true
                value=key
                spellcheck="false"
                dir="ltr"
                data-testid="api-key"
            />
        </div>
        <WarningText text=i18n.t("api-key-created-once")/>
        <p class="wm-body"><a class="wm-link" href="/staff/api-keys">{i18n.t("api-key-created-back")}</a></p>
    }
}
