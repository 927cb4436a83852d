//! Three questions about the service, for a person whose request was closed: answered once, and kept apart from
//! them (the service sees only how many gave each answer).

use crate::components::{BackLink, Button, ErrorSummary, Radio, Radios};
use crate::forms::Form;
use crate::i18n::use_i18n;
use crate::models::outcome::{Question, Rating};
use crate::shell::PageTitle;
use leptos::prelude::*;

#[component]
pub fn FeedbackPage(reference: String, service: String, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let questions = Question::ALL
        .iter()
        .map(|&q| {
            let options = Rating::ALL
                .iter()
                .map(|&r| Radio { value: r.as_str().into(), label: i18n.text(&q.rating_label(r)), hint: None })
                .collect::<Vec<_>>();
            view! { <Radios name=q.field() legend=i18n.text(&q.text()) options=options form=form.clone() inline=true/> }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("feedback-title") error=form.has_errors()/>
        <BackLink href="/account".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-xl">{i18n.t("feedback-title")}</h1>
        <p class="wm-body">{i18n.tr("feedback-lead", &[("service", service.into())])}</p>
        <p class="wm-body">{i18n.t("feedback-anonymous")}</p>
        <form method="post" action=format!("/account/requests/{reference}/feedback") novalidate>
            {questions}
            <Button text=i18n.t("feedback-send")/>
        </form>
    }
}
