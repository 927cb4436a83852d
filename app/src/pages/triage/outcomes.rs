//! The needs and outcomes part of a referral's page: the categories of need and the support plan recorded at
//! first contact (a form to record or change them), and closing with an outcome for each need and any onward
//! referral. Closed referrals show what was recorded.

use crate::components::{Button, ButtonKind, Checkbox, Checkboxes, Radio, Radios, Textarea};
use crate::forms::Form;
use crate::i18n::{use_i18n, Text};
use crate::models::outcome::{Onward, Outcome, OutcomeReason, OUTCOME_FIELDS, REASON_FIELDS};
use leptos::prelude::*;

/// A recorded need and, once closed, its outcome.
#[derive(Clone, Debug)]
pub struct NeedLine {
    pub label: Text,
    pub outcome: Option<Outcome>,
    pub reason: Option<OutcomeReason>,
}

/// What the needs part of the page shows.
#[derive(Clone, Debug, Default)]
pub struct NeedsView {
    /// Every category: (id, name, recorded).
    pub categories: Vec<(String, Text, bool)>,
    pub recorded: Vec<NeedLine>,
    pub plan: Option<String>,
    /// The onward referral, once closed.
    pub onward: Option<(Onward, Option<String>)>,
    /// Directory services to refer on to: (slug, name).
    pub services: Vec<(String, String)>,
    /// Closed or transferred: nothing more to record.
    pub closed: bool,
}

#[component]
pub fn NeedsSection(base: String, needs: NeedsView, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let recorded = needs
        .recorded
        .iter()
        .map(|n| {
            let outcome = n.outcome.map(|o| {
                let reason = n.reason.map(|r| format!(" ({})", i18n.text(&r.label()))).unwrap_or_default();
                format!(": {}{reason}", i18n.text(&o.label()))
            });
            view! { <li>{i18n.text(&n.label)}{outcome}</li> }
        })
        .collect_view();
    let plan = needs.plan.clone().map(|p| {
        view! {
            <h3 class="wm-heading-s">{i18n.t("needs-plan-label")}</h3>
            <p class="wm-body wm-history__note">{p}</p>
        }
    });
    let onward = needs.onward.clone().map(|(kind, service)| {
        let text = match (kind, service) {
            (Onward::Directory, Some(name)) => name,
            (kind, _) => i18n.text(&kind.label()),
        };
        view! { <p class="wm-body">{i18n.t("outcome-onward-legend")} ": " {text}</p> }
    });
    let forms = (!needs.closed).then(|| {
        // What was ticked: from the form when it is being corrected, else what was recorded.
        let ticked = form.value("needs");
        let correcting = form.has_errors() && form.error_for("status").is_none();
        let boxes: Vec<Checkbox> = needs
            .categories
            .iter()
            .map(|(id, label, recorded)| Checkbox {
                value: id.clone(),
                label: i18n.text(label),
                checked: if correcting { ticked.split(',').any(|t| t == id) } else { *recorded },
            })
            .collect();
        let mut needs_form = form.clone();
        if needs_form.value("plan").is_empty() {
            needs_form.set("plan", needs.plan.clone().unwrap_or_default());
        }
        let outcomes = needs
            .recorded
            .iter()
            .zip(OUTCOME_FIELDS.iter().zip(REASON_FIELDS.iter()))
            .map(|(n, (&outcome_field, &reason_field))| {
                let outcome_options = Outcome::ALL
                    .iter()
                    .map(|o| Radio { value: o.as_str().into(), label: i18n.text(&o.label()), hint: None })
                    .collect::<Vec<_>>();
                let reason_options = OutcomeReason::ALL
                    .iter()
                    .map(|r| Radio { value: r.as_str().into(), label: i18n.text(&r.label()), hint: None })
                    .collect::<Vec<_>>();
                let need = i18n.text(&n.label);
                view! {
                    <Radios name=outcome_field legend=i18n.tr("outcome-legend", &[("need", need.clone().into())])
                        options=outcome_options form=form.clone() inline=true/>
                    <Radios name=reason_field legend=i18n.tr("outcome-reason-legend", &[("need", need.into())])
                        hint=i18n.t("outcome-reason-hint") options=reason_options form=form.clone()/>
                }
            })
            .collect_view();
        let onward_options = std::iter::once(Radio { value: "none".into(), label: i18n.text(&Onward::None.label()), hint: None })
            .chain(needs.services.iter().map(|(slug, name)| Radio { value: slug.clone().into(), label: name.clone(), hint: None }))
            .chain(std::iter::once(Radio { value: "other".into(), label: i18n.text(&Onward::Other.label()), hint: None }))
            .collect::<Vec<_>>();
        let nothing_recorded = needs.recorded.is_empty().then(|| view! { <p class="wm-body">{i18n.t("outcome-none-recorded")}</p> });
        view! {
            <form method="post" action=format!("{base}/needs") novalidate>
                <Checkboxes name="needs" legend=i18n.t("needs-legend") hint=i18n.t("needs-hint") options=boxes form=form.clone() small=true/>
                <Textarea name="plan" label=i18n.t("needs-plan-label") hint=i18n.t("needs-plan-hint") form=needs_form rows=4/>
                <Button text=i18n.t("needs-save") kind=ButtonKind::Secondary/>
            </form>
            <h3 class="wm-heading-m" id="close-heading">{i18n.t("outcome-close-heading")}</h3>
            <p class="wm-body">{i18n.t("outcome-close-lead")}</p>
            {nothing_recorded}
            <form method="post" action=format!("{base}/close") novalidate aria-labelledby="close-heading">
                {outcomes}
                <Radios name="onward" legend=i18n.t("outcome-onward-legend") options=onward_options form=form.clone()/>
                <Button text=i18n.t("outcome-close-save") kind=ButtonKind::Warning/>
            </form>
        }
    });
    view! {
        <section id="needs-and-outcomes" class="wm-triage-actions" aria-labelledby="needs-heading">
            <h2 class="wm-heading-l" id="needs-heading">{i18n.t("needs-heading")}</h2>
            {(!needs.recorded.is_empty()).then(|| view! { <ul class="wm-list wm-list--bullet">{recorded}</ul> })}
            {plan}
            {onward}
            {forms}
        </section>
    }
}
