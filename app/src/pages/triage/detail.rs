//! One referral for staff: the safe-contact instructions first and prominently, then who to contact and how,
//! what happened, and the actions (assign; status and note, saved together; transfer) with the history below,
//! where the views are one line. Staff who have not opened it recently see a button to open it instead.

use crate::components::{BackLink, Button, ButtonKind, ErrorSummary, Radio, Radios, Textarea};
use crate::forms::Form;
use crate::i18n::{use_i18n, Text};
use crate::models::referral::Status;
use crate::models::summary::Part;
use crate::shell::PageTitle;
use leptos::prelude::*;

/// A row of details: a label and its lines.
#[derive(Clone, Debug)]
pub struct DetailRow {
    pub key: Text,
    pub value: Vec<Part>,
}

/// One entry of the history.
#[derive(Clone, Debug)]
pub struct HistoryEntry {
    pub when: String,
    pub who: Option<String>,
    pub what: Text,
    pub note: Option<String>,
}

/// How often the referral was opened, and the last time.
#[derive(Clone, Debug)]
pub struct Views {
    pub count: i64,
    pub last_by: Option<String>,
    pub last_at: String,
}

/// Everything the detail page shows.
#[derive(Clone, Debug)]
pub struct ReferralView {
    /// Not safe now, still happening, or crisis support asked for.
    pub urgent: bool,
    /// Where it came from, when not the public request journey.
    pub from: Option<Text>,
    /// The views, summed up; the history lists the changes.
    pub views: Option<Views>,
    pub reference: String,
    pub received: String,
    pub status: Status,
    pub assigned: Option<String>,
    pub assigned_to_me: bool,
    /// The safe-contact instructions, most important first.
    pub safety: Vec<Part>,
    pub contact: Vec<DetailRow>,
    pub details: Vec<DetailRow>,
    pub history: Vec<HistoryEntry>,
    /// Other services that receive requests: (slug, name).
    pub transfer_to: Vec<(String, String)>,
    /// The needs, the plan and the outcomes.
    pub needs: super::outcomes::NeedsView,
}

fn part_text(i18n: &crate::i18n::I18n, p: &Part) -> String {
    match p {
        Part::Said(t) => i18n.text(t),
        Part::Typed(s) => s.clone(),
    }
}

fn rows_view(rows: Vec<DetailRow>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = rows
        .into_iter()
        .map(|r| {
            let lines = if r.value.is_empty() {
                view! { <span class="wm-hint">{i18n.t("request-not-answered")}</span> }.into_any()
            } else {
                r.value
                    .iter()
                    .map(|p| view! { <span class="wm-summary-list__line">{part_text(&i18n, p)}</span> })
                    .collect_view()
                    .into_any()
            };
            view! {
                <div class="wm-summary-list__row">
                    <dt class="wm-summary-list__key">{i18n.text(&r.key)}</dt>
                    <dd class="wm-summary-list__value">{lines}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="wm-summary-list">{rows}</dl> }
}

#[component]
pub fn ReferralPage(referral: ReferralView, form: Form, #[prop(optional)] notice: Option<Text>) -> impl IntoView {
    let i18n = use_i18n();
    let r = referral;
    let base = format!("/staff/referrals/{}", r.reference);
    let safety = r.safety.iter().map(|p| view! { <li>{part_text(&i18n, p)}</li> }).collect_view();
    let statuses = Status::SETTABLE
        .into_iter()
        .map(|s| Radio { value: s.as_str().into(), label: i18n.text(&s.label()), hint: None })
        .collect::<Vec<_>>();
    let mut status_form = form.clone();
    if status_form.value("status").is_empty() {
        status_form.set("status", r.status.as_str());
    }
    let services: Vec<Radio> = r
        .transfer_to
        .iter()
        .map(|(slug, name)| Radio { value: slug.clone().into(), label: name.clone(), hint: None })
        .collect();
    let history = r
        .history
        .iter()
        .map(|h| {
            let who = h.who.clone().unwrap_or_else(|| i18n.t("triage-history-system"));
            let note = h.note.clone().map(|n| view! { <p class="wm-body wm-history__note">{n}</p> });
            view! {
                <li class="wm-timeline__item">
                    <p class="wm-timeline__date">{i18n.digits(&h.when)} " · " {who}</p>
                    <p class="wm-body">{i18n.text(&h.what)}</p>
                    {note}
                </li>
            }
        })
        .collect_view();
    let assigned = match (&r.assigned, r.assigned_to_me) {
        (_, true) => i18n.t("triage-assigned-to-you"),
        (Some(name), false) => i18n.tr("triage-assigned-to", &[("name", name.clone().into())]),
        (None, false) => i18n.t("triage-unassigned"),
    };
    let notice = notice.map(|n| view! { <crate::components::NotificationBanner text=i18n.text(&n) success=true/> });
    let urgent =
        r.urgent.then(|| view! { <strong class="wm-tag wm-tag--urgent">{i18n.t("triage-urgent")}</strong> " " });
    let views = r.views.clone().map(|v| {
        let who = v.last_by.unwrap_or_else(|| i18n.t("triage-history-system"));
        let text = i18n.tr(
            "triage-views",
            &[("count", v.count.into()), ("name", who.into()), ("when", i18n.digits(&v.last_at).into())],
        );
        view! { <p class="wm-body wm-hint">{text}</p> }
    });
    view! {
        <PageTitle text=i18n.t("triage-title") error=form.has_errors()/>
        <BackLink href="/staff/referrals".to_string()/>
        <ErrorSummary form=form.clone()/>
        <span class="wm-caption">{i18n.tr("triage-received-on", &[("date", i18n.digits(&r.received).into())])}</span>
        <h1 class="wm-heading-xl">{r.reference.clone()}</h1>
        <p class="wm-body">
            {urgent} <strong class="wm-tag">{i18n.text(&r.status.label())}</strong> " " {assigned}
        </p>
        {r.from.clone().map(|from| view! { <p class="wm-body"><strong class="wm-tag wm-tag--source">{i18n.text(&from)}</strong></p> })}
        <section class="wm-safety" aria-labelledby="safety-heading">
            <h2 class="wm-safety__title" id="safety-heading">{i18n.t("triage-safety-heading")}</h2>
            <ul class="wm-list wm-list--bullet wm-safety__list">{safety}</ul>
        </section>
        <h2 class="wm-heading-m">{i18n.t("triage-contact-heading")}</h2>
        {rows_view(r.contact.clone())}
        <h2 class="wm-heading-m">{i18n.t("triage-details-heading")}</h2>
        {rows_view(r.details.clone())}

        <section id="actions" class="wm-triage-actions" aria-labelledby="actions-heading">
        <h2 class="wm-heading-l" id="actions-heading">{i18n.t("triage-actions-heading")}</h2>
        {notice}
        {(!r.assigned_to_me).then(|| view! {
            <form method="post" action=format!("{base}/assign")>
                <Button text=i18n.t("triage-assign-to-me") kind=ButtonKind::Secondary/>
            </form>
        })}
        <form method="post" action=format!("{base}/update") novalidate>
            <Radios name="status" legend=i18n.t("triage-status-legend") options=statuses form=status_form/>
            <Textarea name="note" label=i18n.t("triage-note-label") hint=i18n.t("triage-note-hint") form=form.clone() rows=3/>
            <Button text=i18n.t("triage-update-save") kind=ButtonKind::Secondary/>
        </form>
        {(!services.is_empty()).then(|| view! {
            <form method="post" action=format!("{base}/transfer") novalidate>
                <Radios name="service" legend=i18n.t("triage-transfer-legend") options=services form=form.clone()/>
                <Textarea name="reason" label=i18n.t("triage-transfer-reason") form=form.clone() rows=3/>
                <Button text=i18n.t("triage-transfer-save") kind=ButtonKind::Warning/>
            </form>
        })}
        </section>
        <super::outcomes::NeedsSection base=base.clone() needs=r.needs.clone() form=form.clone()/>

        <h2 class="wm-heading-l">{i18n.t("triage-history-heading")}</h2>
        {views}
        <ol class="wm-timeline">{history}</ol>
    }
}

/// A referral this member of staff has not opened recently: opening it is recorded in its history, so it is a
/// button (a post), never a link that a page elsewhere could follow for them.
#[component]
pub fn OpenReferralPage(reference: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("triage-title")/>
        <BackLink href="/staff/referrals".to_string()/>
        <h1 class="wm-heading-xl">{reference.clone()}</h1>
        <p class="wm-body">{i18n.t("triage-open-lead")}</p>
        <form method="post" action=format!("/staff/referrals/{reference}/open")>
            <Button text=i18n.t("triage-open-button")/>
        </form>
    }
}
