//! Check your answers: every answer with a link to change it, who will receive the request, and the consent
//! the request is sent with.

use crate::components::{BackLink, Button, Checkbox, Checkboxes, ErrorSummary};
use crate::forms::Form;
use crate::i18n::use_i18n;
use crate::models::{
    request::YesNo,
    summary::{Part, SummarySection},
};
use crate::shell::PageTitle;
use leptos::prelude::*;

#[component]
pub fn CheckAnswersPage(
    sections: Vec<SummarySection>,
    service_name: String,
    for_someone: bool,
    form: Form,
    back: String,
    /// Where the answers are sent (`/request/check` unless another journey says).
    #[prop(optional, into)]
    action: Option<String>,
    /// What the consent box says, when another journey says it differently.
    #[prop(default = None)]
    consent: Option<crate::i18n::Text>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = action.unwrap_or_else(|| "/request/check".to_string());
    let sections = sections
        .into_iter()
        .map(|section| {
            let rows = section
                .rows
                .into_iter()
                .map(|row| {
                    let key = i18n.text(&row.key);
                    let lines = if row.value.is_empty() {
                        view! { <span class="wm-hint">{i18n.t("request-not-answered")}</span> }.into_any()
                    } else {
                        row.value
                            .iter()
                            .map(|p| {
                                let words = match p {
                                    Part::Said(t) => i18n.text(t),
                                    Part::Typed(s) => s.clone(),
                                };
                                view! { <span class="wm-summary-list__line">{words}</span> }
                            })
                            .collect_view()
                            .into_any()
                    };
                    view! {
                        <div class="wm-summary-list__row">
                            <dt class="wm-summary-list__key">{key.clone()}</dt>
                            <dd class="wm-summary-list__value">{lines}</dd>
                            <dd class="wm-summary-list__actions">
                                <a class="wm-link" href=row.change>
                                    {i18n.t("request-change")}<span class="wm-visually-hidden">" "{key}</span>
                                </a>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h2 class="wm-heading-m">{i18n.text(&section.title)}</h2>
                <dl class="wm-summary-list">{rows}</dl>
            }
        })
        .collect_view();
    let consent_label = match consent {
        Some(text) => i18n.text(&text),
        None if for_someone => i18n.t("request-consent-someone"),
        None => i18n.t("request-consent-me"),
    };
    let yes = YesNo::Yes.as_str();
    let consent = vec![Checkbox { value: yes.into(), label: consent_label, checked: form.value("consent") == yes }];
    view! {
        <PageTitle text=i18n.t("request-title") error=form.has_errors()/>
        <BackLink href=back/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.t("request-check-heading")}</h1>
        {sections}
        <h2 class="wm-heading-m">{i18n.t("request-check-send-heading")}</h2>
        <p class="wm-body">{i18n.tr("request-check-goes-to", &[("service", service_name.into())])}</p>
        <p class="wm-body">{i18n.t("request-check-privacy")}</p>
        <form method="post" action=action novalidate>
            <div class="wm-honeypot" aria-hidden="true">
                <label for="website">{i18n.t("request-honeypot")}</label>
                <input id="website" name="website" type="text" tabindex="-1" autocomplete="off"/>
            </div>
            <Checkboxes name="consent" legend=i18n.t("request-consent-legend") options=consent form=form.clone()/>
            <Button text=i18n.t("request-send")/>
        </form>
    }
}
