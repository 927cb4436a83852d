//! Partner organisations: the commissioner's page registering them with the services they may refer to and
//! inviting their workers (with the one-time link, shown once); and, for a worker, the page saying honestly
//! that the service this referral would go to is not one their organisation may refer to.

use crate::components::{BackLink, Button, Checkbox, Checkboxes, ErrorSummary, Radio, Radios, Table, TextInput};
use crate::forms::Form;
use crate::i18n::{msg, use_i18n, Text};
use crate::models::service::Service;
use crate::pages::services::card::ServiceCard;
use crate::pages::triage::team::EnrolmentLinkField;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// One registered organisation.
#[derive(Clone, Debug)]
pub struct OrganisationView {
    pub id: i64,
    pub name: String,
    pub kind: Text,
    /// The names of the services it may refer to.
    pub services: Vec<String>,
    pub workers: i64,
}

/// `/staff/organisations`: the organisations, and the form registering another.
#[component]
pub fn OrganisationsPage(
    organisations: Vec<OrganisationView>,
    /// (word, label) of each kind.
    kinds: Vec<(&'static str, Text)>,
    /// (slug, name) of each receiving service.
    services: Vec<(String, String)>,
    form: Form,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = organisations
        .iter()
        .map(|o| {
            let invite = i18n.text(&msg("partners-invite-worker-for").with("name", o.name.clone()));
            view! {
                <tr class="wm-table__row">
                    <td class="wm-table__cell">{o.name.clone()}</td>
                    <td class="wm-table__cell">{i18n.text(&o.kind)}</td>
                    <td class="wm-table__cell">{o.services.join(", ")}</td>
                    <td class="wm-table__cell">{o.workers}</td>
                    <td class="wm-table__cell">
                        <a class="wm-link" href=format!("/staff/organisations/{}/invite", o.id)>{invite}</a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let table = (!organisations.is_empty()).then(|| {
        view! {
            <Table caption=i18n.t("partners-organisations-caption") headings=vec![
                i18n.t("partners-organisation-name"),
                i18n.t("partners-organisation-kind"),
                i18n.t("partners-organisation-services"),
                i18n.t("partners-organisation-workers"),
                i18n.t("partners-organisation-actions"),
            ]>
                <tbody class="wm-table__body">{rows}</tbody>
            </Table>
        }
    });
    let none =
        organisations.is_empty().then(|| view! { <p class="wm-body">{i18n.t("partners-organisations-none")}</p> });
    let kind_options: Vec<Radio> =
        kinds.iter().map(|(w, t)| Radio { value: (*w).into(), label: i18n.text(t), hint: None }).collect();
    let chosen = form.value("services");
    let chosen: Vec<&str> = chosen.split(',').collect();
    let service_options: Vec<Checkbox> = services
        .iter()
        .map(|(slug, name)| Checkbox {
            value: slug.clone(),
            label: name.clone(),
            checked: chosen.contains(&slug.as_str()),
        })
        .collect();
    view! {
        <PageTitle text=i18n.t("partners-organisations-title") error=form.has_errors()/>
        <BackLink href="/account".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-xl">{i18n.t("partners-organisations-heading")}</h1>
        <p class="wm-body">{i18n.t("partners-organisations-lead")}</p>
        {table}
        {none}
        <h2 class="wm-heading-l">{i18n.t("partners-register-heading")}</h2>
        <form method="post" action="/staff/organisations" novalidate>
            <TextInput name="name" label=i18n.t("partners-organisation-name") form=form.clone()/>
            <Radios name="kind" legend=i18n.t("partners-organisation-kind") options=kind_options form=form.clone()/>
            <Checkboxes
                name="services"
                legend=i18n.t("partners-organisation-services")
                hint=i18n.t("partners-organisation-services-hint")
                options=service_options
                form=form.clone()
            />
            <Button text=i18n.t("partners-register-button")/>
        </form>
    }
}

/// `/staff/organisations/{id}/invite`: the name of the worker to invite.
#[component]
pub fn WorkerInvitePage(id: i64, organisation: String, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("partners-invite-title") error=form.has_errors()/>
        <BackLink href="/staff/organisations".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.tr("partners-invite-heading", &[("name", organisation.into())])}</h1>
        <p class="wm-body">{i18n.t("partners-invite-lead")}</p>
        <form method="post" action=format!("/staff/organisations/{id}/invite") novalidate>
            <TextInput name="name" label=i18n.t("partners-worker-display-name") form=form.clone()/>
            <Button text=i18n.t("partners-invite-button")/>
        </form>
    }
}

/// The worker's one-time enrolment link, shown once.
#[component]
pub fn WorkerLinkPage(name: String, organisation: String, link: String, expires: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("partners-link-title")/>
        <h1 class="wm-heading-xl">{i18n.t("partners-link-title")}</h1>
        <p class="wm-body">{i18n.tr("partners-link-lead", &[("name", name.into()), ("organisation", organisation.into())])}</p>
        <EnrolmentLinkField link=link expires=expires/>
        <p class="wm-body"><a class="wm-link" href="/staff/organisations">{i18n.t("partners-link-back")}</a></p>
    }
}

/// The referral would go to a service the worker's organisation may not refer to: said plainly, nothing sent,
/// and the services the person can contact themselves.
#[component]
pub fn NotAllowedPage(
    service: Option<String>,
    organisation: String,
    suggestions: Vec<Service>,
    back: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let said = match service {
        Some(name) => {
            i18n.tr("partners-not-allowed-service", &[("service", name.into()), ("organisation", organisation.into())])
        }
        None => i18n.t("partners-not-allowed-none"),
    };
    let cards = suggestions.into_iter().map(|s| view! { <ServiceCard service=s level=3/> }).collect_view();
    view! {
        <PageTitle text=i18n.t("partners-not-allowed-title")/>
        <BackLink href=back/>
        <h1 class="wm-heading-l">{i18n.t("partners-not-allowed-title")}</h1>
        <p class="wm-body">{said}</p>
        <p class="wm-body">{i18n.t("partners-not-allowed-nothing-sent")}</p>
        <h2 class="wm-heading-m">{i18n.t("partners-not-allowed-others")}</h2>
        <ul class="wm-service-list">{cards}</ul>
        <p class="wm-body"><a class="wm-link" href="/services">{i18n.t("partners-not-allowed-directory")}</a></p>
    }
}

/// The confirmation of a partner's referral or a hate incident report: the neutral reference and what happens
/// next, in the words the journey gives.
#[component]
pub fn SentPage(title: Text, reference: String, next: Vec<Text>, links: Vec<(String, Text)>) -> impl IntoView {
    let i18n = use_i18n();
    let sentence = i18n.tr("request-done-reference", &[("reference", reference.clone().into())]);
    let (before, after) = match sentence.split_once(reference.as_str()) {
        Some((b, a)) => (b.to_string(), a.to_string()),
        None => (sentence.clone(), String::new()),
    };
    let next = next.iter().map(|t| view! { <p class="wm-body">{i18n.text(t)}</p> }).collect_view();
    let links = links
        .into_iter()
        .map(|(href, t)| view! { <p class="wm-body"><a class="wm-link" href=href>{i18n.text(&t)}</a></p> })
        .collect_view();
    view! {
        <PageTitle text=i18n.text(&title)/>
        <div class="wm-panel">
            <h1 class="wm-panel__title">{i18n.text(&title)}</h1>
            <div class="wm-panel__body">{before}<strong class="wm-panel__reference">{reference}</strong>{after}</div>
        </div>
        <h2 class="wm-heading-m">{i18n.t("request-done-next-heading")}</h2>
        {next}
        {links}
    }
}
