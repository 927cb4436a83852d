//! A guide, one step at a time: contents, the step with its activities, previous and next links, and where to
//! get more help. The line about calling 999 stays at the top of every step.

use super::activities::{Breathing, Checklist, Grounding, Reflect};
use super::bsl::BslVideo;
use super::index::audience_text;
use crate::components::{Button, ButtonKind, NotificationBanner};
use crate::i18n::{use_i18n, Text};
use crate::models::guide::{Block, Guide};
use crate::pages::help::{EmergencyHelp, Helplines};
use crate::shell::PageTitle;
use leptos::prelude::*;

/// What the reader brings to a step.
#[derive(Clone, Debug, Default)]
pub struct StepContext {
    /// The step shown, from 0.
    pub step: usize,
    pub signed_in: bool,
    /// Saved ticks for each checklist of the guide, by checklist index.
    pub ticks: Vec<Vec<bool>>,
    /// English is shown because the reader's language has no translation yet.
    pub fallback: bool,
    pub notice: Option<Text>,
}

fn block_view(block: &Block, guide: &Guide, cx: &StepContext) -> AnyView {
    let step_number = cx.step + 1;
    // The guide's own words are English when no translation exists, read left to right even in a right-to-left
    // page; the portal's words around them are in the reader's language.
    let lang = cx.fallback.then_some("en");
    let dir = cx.fallback.then_some("ltr");
    match block {
        Block::Html(html) => {
            view! { <div class="wm-prose" lang=lang dir=dir inner_html=html.clone()></div> }.into_any()
        }
        Block::Tip(html) => {
            let i18n = use_i18n();
            view! {
                <aside class="wm-tip">
                    <p class="wm-tip__title">{i18n.t("guide-tip")}</p>
                    <div class="wm-prose" lang=lang dir=dir inner_html=html.clone()></div>
                </aside>
            }
            .into_any()
        }
        Block::Breathing(intro) => view! { <Breathing intro=intro.clone()/> }.into_any(),
        Block::Grounding(intro) => view! { <Grounding intro=intro.clone()/> }.into_any(),
        Block::Reflect { index, question } => {
            let action = format!("/guides/{}/{step_number}/reflect/{index}", guide.code);
            view! { <Reflect question=question.clone() action=action signed_in=cx.signed_in/> }.into_any()
        }
        Block::Checklist { index, items } => {
            let action = format!("/guides/{}/{step_number}/checklist/{index}", guide.code);
            let ticks = cx.ticks.get(*index).cloned().unwrap_or_default();
            view! { <Checklist index=*index items=items.clone() ticks=ticks action=action signed_in=cx.signed_in/> }
                .into_any()
        }
        Block::GetHelp => view! { <EmergencyHelp/> <Helplines/> }.into_any(),
    }
}

#[component]
pub fn GuidePage(guide: Guide, context: StepContext) -> impl IntoView {
    let i18n = use_i18n();
    let step_index = context.step.min(guide.steps.len().saturating_sub(1));
    let total = guide.steps.len();
    let step = guide.steps.get(step_index).cloned();
    let code = guide.code.clone();
    let contents = guide
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let href = format!("/guides/{code}/{}", i + 1);
            let current = (i == step_index).then_some("step");
            view! { <li class="wm-contents__item"><a class="wm-link" href=href aria-current=current>{s.title.clone()}</a></li> }
        })
        .collect_view();
    let intro = (step_index == 0).then(|| guide.intro.iter().map(|b| block_view(b, &guide, &context)).collect_view());
    let blocks = step.as_ref().map(|s| s.blocks.iter().map(|b| block_view(b, &guide, &context)).collect_view());
    let previous = (step_index > 0).then(|| {
        let title = guide.steps[step_index - 1].title.clone();
        view! {
            <div class="wm-pagination__prev">
                <a class="wm-link wm-pagination__link" href=format!("/guides/{code}/{step_index}") rel="prev">
                    <span class="wm-pagination__label">{i18n.t("guide-previous")}</span>
                    <span class="wm-pagination__title">{title}</span>
                </a>
            </div>
        }
    });
    let next = (step_index + 1 < total).then(|| {
        let title = guide.steps[step_index + 1].title.clone();
        view! {
            <div class="wm-pagination__next">
                <a class="wm-link wm-pagination__link" href=format!("/guides/{code}/{}", step_index + 2) rel="next">
                    <span class="wm-pagination__label">{i18n.t("guide-next")}</span>
                    <span class="wm-pagination__title">{title}</span>
                </a>
            </div>
        }
    });
    let last = step_index + 1 == total;
    let about = last.then(|| {
        let sources = guide.sources.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view();
        view! {
            <section class="wm-guide-about">
                <h2 class="wm-heading-s">{i18n.t("guide-sources")}</h2>
                <ul class="wm-list wm-list--bullet">{sources}</ul>
                <p class="wm-hint">{i18n.tr("guide-reviewed", &[("date", guide.reviewed.clone().into())])}</p>
            </section>
        }
    });
    // English shown to a reader of another language is marked as English, for screen readers.
    let content_lang = context.fallback.then_some("en");
    let content_dir = context.fallback.then_some("ltr");
    let fallback = context.fallback.then(|| view! { <NotificationBanner text=i18n.t("guide-not-translated")/> });
    let draft = guide.draft_translation.then(|| view! { <NotificationBanner text=i18n.t("guide-draft-translation")/> });
    let notice = context.notice.clone().map(|n| view! { <NotificationBanner text=i18n.text(&n) success=true/> });
    let minutes = i18n.tr("guide-minutes", &[("minutes", (guide.minutes as i64).into())]);
    let progress =
        i18n.tr("guide-step-of", &[("step", ((step_index + 1) as i64).into()), ("total", (total as i64).into())]);
    let step_title = step.as_ref().map(|s| s.title.clone()).unwrap_or_default();
    // Opening a step saves nothing; a signed-in reader saves their place by posting this form.
    let save_place = context.signed_in.then(|| {
        view! {
            <form method="post" action=format!("/guides/{code}/{}/place", step_index + 1)>
                <Button text=i18n.t("guide-save-place") kind=ButtonKind::Secondary/>
            </form>
        }
    });
    view! {
        <PageTitle text=i18n.t("guide-title")/>
        <p class="wm-danger-line"><strong>{i18n.t("guide-danger-line")}</strong></p>
        {notice}
        {fallback}
        {draft}
        <span class="wm-caption">{i18n.t("guide-caption")}</span>
        <h1 class="wm-heading-xl wm-guide__title" lang=content_lang dir=content_dir>{guide.title.clone()}</h1>
        <ul class="wm-guide-card__meta">
            <li>{audience_text(&i18n, guide.audience)}</li>
            <li>{minutes}</li>
        </ul>
        <nav class="wm-contents" aria-label=i18n.t("guide-contents")>
            <h2 class="wm-contents__title">{i18n.t("guide-contents")}</h2>
            <ol class="wm-contents__list" lang=content_lang dir=content_dir>{contents}</ol>
        </nav>
        {(step_index == 0).then(|| view! { <BslVideo video=guide.bsl.clone()/> })}
        {intro}
        <p class="wm-caption">{progress}</p>
        <h2 class="wm-heading-l wm-guide__step-title" lang=content_lang dir=content_dir>{step_title}</h2>
        {blocks}
        {save_place}
        <nav class="wm-pagination wm-pagination--guide" aria-label=i18n.t("guide-pagination")>{previous}{next}</nav>
        <aside class="wm-more-help" aria-labelledby="more-help-title">
            <h2 class="wm-heading-m" id="more-help-title">{i18n.t("guide-more-help-title")}</h2>
            <p class="wm-body">{i18n.t("guide-more-help-body")}</p>
            <p class="wm-body"><a class="wm-link" href="tel:08081689111" dir="ltr">"08 08 16 89 111"</a></p>
            <p class="wm-body"><a class="wm-link" href="/guides">{i18n.t("guide-all-guides")}</a></p>
        </aside>
        {about}
    }
}
