//! The diary's list of entries (newest first, a page at a time), its timeline by month, a printable copy, and
//! the pages for deleting the whole diary or opening it after signing in again.

use super::{feeling_words, long_date, month_heading, EntryView};
use crate::components::{BackLink, Button, ButtonKind, ErrorSummary, NotificationBanner, Panel, WarningText};
use crate::forms::Form;
use crate::i18n::{use_i18n, I18n, Text};
use crate::shell::PageTitle;
use leptos::prelude::*;

fn entry_card(i18n: &I18n, entry: &EntryView, actions: bool) -> AnyView {
    let date = long_date(i18n, entry.year, entry.month, entry.day);
    let Some(content) = &entry.content else {
        return view! {
            <article class="wm-diary-entry wm-diary-entry--unreadable">
                <h2 class="wm-heading-s">{date}</h2>
                <p class="wm-body">{i18n.t("diary-entry-unreadable")}</p>
                {actions.then(|| view! {
                    <p class="wm-body"><a class="wm-link" href=format!("/diary/entries/{}/delete", entry.id)>{i18n.t("diary-delete-entry-link")}</a></p>
                })}
            </article>
        }
        .into_any();
    };
    let mut tags: Vec<String> = content.helped.iter().map(|h| i18n.text(&h.label())).collect();
    tags.extend(content.own_tags.iter().cloned());
    let tags_view = (!tags.is_empty()).then(|| {
        let items = tags.into_iter().map(|t| view! { <li class="wm-tag">{t}</li> }).collect_view();
        view! {
            <p class="wm-diary-entry__helped-label">{i18n.t("diary-entry-helped")}</p>
            <ul class="wm-tags">{items}</ul>
        }
    });
    let paragraphs = content
        .text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p class="wm-body wm-diary-entry__text">{p.trim().to_string()}</p> })
        .collect_view();
    let source = content.source.clone().map(|s| {
        view! { <p class="wm-diary-entry__source">{i18n.tr("diary-entry-source", &[("guide", s.into())])}</p> }
    });
    let id = entry.id;
    view! {
        <article class="wm-diary-entry">
            <h2 class="wm-heading-s wm-diary-entry__date">{date}</h2>
            {(content.feeling > 0).then(|| view! {
                <p class="wm-diary-entry__feeling">
                    <span class="wm-feeling" data-score=content.feeling.to_string()>{content.feeling.to_string()}</span>
                    " "
                    {feeling_words(i18n, content.feeling)}
                </p>
            })}
            {paragraphs}
            {tags_view}
            {source}
            {actions.then(|| view! {
                <ul class="wm-diary-entry__actions">
                    <li><a class="wm-link" href=format!("/diary/entries/{id}/edit")>{i18n.t("diary-edit-link")}</a></li>
                    <li><a class="wm-link" href=format!("/diary/entries/{id}/delete")>{i18n.t("diary-delete-entry-link")}</a></li>
                </ul>
            })}
        </article>
    }
    .into_any()
}

/// The diary: the newest entries first, `page` of `pages`.
#[component]
pub fn DiaryPage(
    entries: Vec<EntryView>,
    page: u32,
    pages: u32,
    #[prop(default = None)] notice: Option<Text>,
    /// The account is a supporter's: the diary is about them as a supporter, with the guides for supporters.
    #[prop(default = false)]
    supporter: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lead = if supporter { i18n.t("diary-lead-supporter") } else { i18n.t("diary-lead") };
    let supporter_guides = supporter.then(|| {
        view! { <p class="wm-body"><a class="wm-link" href="/guides?for=supporters">{i18n.t("supporter-guides-link")}</a></p> }
    });
    let cards = entries.iter().map(|e| entry_card(&i18n, e, true)).collect_view();
    let empty = entries.is_empty().then(|| view! { <p class="wm-body">{i18n.t("diary-empty")}</p> });
    let pagination = (pages > 1).then(|| {
        let previous = (page > 1).then(|| {
            view! { <a class="wm-link wm-pagination__prev" href=format!("/diary?page={}", page - 1) rel="prev">{i18n.t("diary-newer")}</a> }
        });
        let next = (page < pages).then(|| {
            view! { <a class="wm-link wm-pagination__next" href=format!("/diary?page={}", page + 1) rel="next">{i18n.t("diary-older")}</a> }
        });
        view! {
            <nav class="wm-pagination" aria-label=i18n.t("diary-pages-label")>
                {previous}
                <span class="wm-pagination__status">{i18n.tr("diary-page-of", &[("page", (page as i64).into()), ("pages", (pages as i64).into())])}</span>
                {next}
            </nav>
        }
    });
    view! {
        <PageTitle text=i18n.t("diary-title")/>
        {notice.map(|n| view! { <NotificationBanner text=i18n.text(&n) success=true/> })}
        <h1 class="wm-heading-xl">{i18n.t("diary-heading")}</h1>
        <p class="wm-body">{lead}</p>
        {supporter_guides}
        <a href="/diary/new" role="button" draggable="false" class="wm-button">{i18n.t("diary-write")}</a>
        <nav class="wm-diary-nav" aria-label=i18n.t("diary-views-label")>
            <ul class="wm-diary-nav__list">
                <li><a class="wm-link" href="/diary/progress">{i18n.t("diary-progress-link")}</a></li>
                <li><a class="wm-link" href="/diary/timeline">{i18n.t("diary-timeline-link")}</a></li>
                <li><a class="wm-link" href="/diary/print">{i18n.t("diary-print-link")}</a></li>
                <li><a class="wm-link" href="/diary/export" download="waymark-diary.json">{i18n.t("diary-export-link")}</a></li>
            </ul>
        </nav>
        {empty}
        <div class="wm-diary-entries">{cards}</div>
        {pagination}
        <h2 class="wm-heading-m">{i18n.t("diary-privacy-heading")}</h2>
        <p class="wm-body">{i18n.t("diary-privacy-body")}</p>
        <p class="wm-body"><a class="wm-link" href="/diary/delete">{i18n.t("diary-delete-all-link")}</a></p>
    }
}

/// Every entry by month, newest month first.
#[component]
pub fn TimelinePage(entries: Vec<EntryView>) -> impl IntoView {
    let i18n = use_i18n();
    let mut months: Vec<((i64, u32), Vec<EntryView>)> = Vec::new();
    for entry in entries {
        let key = (entry.year, entry.month);
        match months.last_mut() {
            Some((k, list)) if *k == key => list.push(entry),
            _ => months.push((key, vec![entry])),
        }
    }
    let sections = months
        .into_iter()
        .map(|((year, month), list)| {
            let heading = month_heading(&i18n, year, month);
            let items = list
                .iter()
                .map(|e| {
                    let date = long_date(&i18n, e.year, e.month, e.day);
                    let summary = match &e.content {
                        Some(c) if c.feeling > 0 => {
                            let first: String = c.text.chars().take(120).collect();
                            format!("{} · {}", feeling_words(&i18n, c.feeling), first)
                        }
                        Some(c) => c.text.chars().take(120).collect(),
                        None => i18n.t("diary-entry-unreadable"),
                    };
                    view! {
                        <li class="wm-timeline__item">
                            <span class="wm-timeline__date">{date}</span>
                            <span class="wm-timeline__summary">{summary}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="wm-timeline__month">
                    <h2 class="wm-heading-m">{heading}</h2>
                    <ol class="wm-timeline">{items}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("diary-timeline-title")/>
        <BackLink href="/diary".to_string()/>
        <h1 class="wm-heading-xl">{i18n.t("diary-timeline-heading")}</h1>
        {sections}
    }
}

/// The whole diary laid out for printing or saving as a PDF.
#[component]
pub fn PrintPage(entries: Vec<EntryView>) -> impl IntoView {
    let i18n = use_i18n();
    let cards = entries.iter().map(|e| entry_card(&i18n, e, false)).collect_view();
    view! {
        <PageTitle text=i18n.t("diary-print-title")/>
        <BackLink href="/diary".to_string()/>
        <h1 class="wm-heading-xl">{i18n.t("diary-print-heading")}</h1>
        <p class="wm-body wm-no-print">{i18n.t("diary-print-body")}</p>
        <div class="wm-diary-entries">{cards}</div>
    }
}

#[component]
pub fn DeleteDiaryPage(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("diary-delete-all-title") error=form.has_errors()/>
        <BackLink href="/diary".to_string()/>
        <ErrorSummary form=form.clone()/>
        <h1 class="wm-heading-l">{i18n.t("diary-delete-all-heading")}</h1>
        <WarningText text=i18n.t("diary-delete-all-warning")/>
        <form method="post" action="/diary/delete" novalidate>
            <div class=if form.error_for("confirm").is_some() { "wm-form-group wm-form-group--error" } else { "wm-form-group" }>
                {form.error_for("confirm").map(|e| view! {
                    <p class="wm-error-message" id="confirm-error">
                        <span class="wm-visually-hidden">{i18n.t("error-prefix")}</span>{i18n.text(e)}
                    </p>
                })}
                <div class="wm-checkboxes__item">
                    <input class="wm-checkboxes__input" id="confirm" name="confirm" type="checkbox" value="yes"
                        aria-describedby=form.error_for("confirm").map(|_| "confirm-error")/>
                    <label class="wm-label wm-checkboxes__label" for="confirm">{i18n.t("diary-delete-all-confirm")}</label>
                </div>
            </div>
            <Button text=i18n.t("diary-delete-all-button") kind=ButtonKind::Warning/>
        </form>
    }
}

#[component]
pub fn DiaryDeletedPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("diary-deleted-title")/>
        <Panel title=i18n.t("diary-deleted-heading")/>
        <p class="wm-body"><a class="wm-link" href="/diary">{i18n.t("diary-back")}</a></p>
    }
}

/// Shown when this session cannot open the diary (it began before the diary existed): signing in again opens it.
#[component]
pub fn DiaryLockedPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("diary-title")/>
        <h1 class="wm-heading-xl">{i18n.t("diary-heading")}</h1>
        <p class="wm-body">{i18n.t("diary-locked-body")}</p>
        <form method="post" action="/sign-out"><Button text=i18n.t("nav-sign-out")/></form>
    }
}
