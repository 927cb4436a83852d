//! The wellbeing check-in: a few plain questions before the guides. When the answers point to a high impact or
//! to risk, the result says plainly that the guides are meant for a low to moderate impact and offers ways to
//! talk to someone first. Signed-in readers can see their answers over time.

use crate::components::{BackLink, Button, ErrorSummary, Radio, Radios, Table};
use crate::forms::Form;
use crate::i18n::{use_i18n, I18n};
use crate::models::check_in::{Answer, Answers, Outcome, Question};
use crate::pages::help::{EmergencyHelp, Helplines};
use crate::shell::PageTitle;
use leptos::prelude::*;

fn options(i18n: &I18n, question: Question) -> Vec<Radio> {
    question
        .answers()
        .iter()
        .map(|a| Radio { value: a.as_str().into(), label: i18n.text(&a.label(question)), hint: None })
        .collect()
}

fn questions(i18n: &I18n, form: &Form, questions: &[Question]) -> impl IntoView {
    questions
        .iter()
        .map(|q| {
            view! { <Radios name=q.as_str() legend=i18n.text(&q.text()) options=options(i18n, *q) form=form.clone()/> }
        })
        .collect_view()
}

#[component]
pub fn CheckInPage(form: Form, signed_in: bool) -> impl IntoView {
    let i18n = use_i18n();
    let effect = questions(&i18n, &form, &Question::EFFECT);
    let risk = questions(&i18n, &form, &Question::RISK);
    let saving = if signed_in { i18n.t("check-in-saved-note") } else { i18n.t("check-in-not-saved-note") };
    view! {
        <PageTitle text=i18n.t("check-in-title") error=form.has_errors()/>
        <BackLink href="/guides".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-xl">{i18n.t("check-in-heading")}</h1>
        <p class="wm-body-l">{i18n.t("check-in-lead")}</p>
        <p class="wm-body">{saving}</p>
        <form method="post" action="/guides/check-in" novalidate>
            {effect}
            <h2 class="wm-heading-m">{i18n.t("check-in-risk-heading")}</h2>
            <p class="wm-body">{i18n.t("check-in-risk-lead")}</p>
            {risk}
            <Button text=i18n.t("check-in-submit")/>
        </form>
        {signed_in.then(|| view! { <p class="wm-body"><a class="wm-link" href="/guides/check-in/history">{i18n.t("check-in-history-link")}</a></p> })}
    }
}

#[component]
pub fn CheckInResultPage(outcome: Outcome, suggestions: Vec<(String, String)>, signed_in: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (heading, body) = match outcome {
        Outcome::SelfHarm => (i18n.t("check-in-result-harm-heading"), i18n.t("check-in-result-harm-body")),
        Outcome::DangerNow => (i18n.t("check-in-result-danger-heading"), i18n.t("check-in-result-danger-body")),
        Outcome::NotSafe => (i18n.t("check-in-result-unsafe-heading"), i18n.t("check-in-result-unsafe-body")),
        Outcome::High => (i18n.t("check-in-result-high-heading"), i18n.t("check-in-result-high-body")),
        Outcome::LowToModerate => (i18n.t("check-in-result-low-heading"), i18n.t("check-in-result-low-body")),
        Outcome::Unanswered => (i18n.t("check-in-result-low-heading"), i18n.t("check-in-result-unanswered-body")),
    };
    let urgent = matches!(outcome, Outcome::SelfHarm | Outcome::DangerNow);
    let self_harm = (outcome == Outcome::SelfHarm).then(|| {
        view! {
            <ul class="wm-list wm-list--bullet">
                <li>{i18n.t("check-in-result-harm-samaritans")}</li>
                <li>{i18n.t("check-in-result-harm-nhs")}</li>
                <li>{i18n.t("check-in-result-harm-999")}</li>
            </ul>
        }
    });
    let talk = (!matches!(outcome, Outcome::LowToModerate | Outcome::Unanswered))
        .then(|| view! { <EmergencyHelp/> <Helplines/> });
    // A person to talk to, whatever the answers: a service that gets in touch, or one to contact.
    let person = view! {
        <section aria-labelledby="person-heading">
            <h2 class="wm-heading-m" id="person-heading">{i18n.t("check-in-result-person-heading")}</h2>
            <ul class="wm-list">
                <li><a class="wm-link" href="/request">{i18n.t("home-request-link")}</a></li>
                <li><a class="wm-link" href="/services">{i18n.t("home-services-link")}</a></li>
            </ul>
        </section>
    };
    let items = suggestions
        .into_iter()
        .map(|(code, title)| view! { <li><a class="wm-link" href=format!("/guides/{code}")>{title}</a></li> })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("check-in-result-title")/>
        <h1 class="wm-heading-xl">{heading}</h1>
        <p class="wm-body-l">{body}</p>
        {self_harm}
        {talk}
        {person}
        <h2 class="wm-heading-m">{if urgent { i18n.t("check-in-result-guides-later") } else { i18n.t("check-in-result-guides") }}</h2>
        <ul class="wm-list">{items}</ul>
        <p class="wm-body"><a class="wm-link" href="/guides">{i18n.t("guide-all-guides")}</a></p>
        {signed_in.then(|| view! { <p class="wm-body"><a class="wm-link" href="/guides/check-in/history">{i18n.t("check-in-history-link")}</a></p> })}
    }
}

/// One earlier check-in: its date and answers.
#[derive(Clone, Debug, Default)]
pub struct PastCheckIn {
    pub date: String,
    pub answers: Answers,
}

#[component]
pub fn CheckInHistoryPage(past: Vec<PastCheckIn>) -> impl IntoView {
    let i18n = use_i18n();
    let headers = Question::EFFECT
        .iter()
        .map(|q| view! { <th scope="col" class="wm-table__header">{i18n.text(&q.text())}</th> })
        .collect_view();
    let rows = past
        .iter()
        .map(|p| {
            let cells = Question::EFFECT
                .iter()
                .map(|q| {
                    // A question left unanswered reads as "rather not say".
                    let answer = p.answers.get(q).copied().unwrap_or(Answer::Skip);
                    view! { <td class="wm-table__cell">{i18n.text(&answer.label(*q))}</td> }
                })
                .collect_view();
            view! { <tr class="wm-table__row"><th scope="row" class="wm-table__header">{p.date.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let empty = past.is_empty().then(|| view! { <p class="wm-body">{i18n.t("check-in-history-empty")}</p> });
    view! {
        <PageTitle text=i18n.t("check-in-history-title")/>
        <BackLink href="/guides/check-in".to_string()/>
        <h1 class="wm-heading-xl">{i18n.t("check-in-history-heading")}</h1>
        {empty}
        <Table caption=i18n.t("check-in-history-caption")>
            <thead class="wm-table__head">
                <tr class="wm-table__row"><th scope="col" class="wm-table__header">{i18n.t("diary-table-date")}</th>{headers}</tr>
            </thead>
            <tbody class="wm-table__body">{rows}</tbody>
        </Table>
    }
}
