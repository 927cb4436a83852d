//! Content patterns: back link, confirmation panel, inset and warning text, notification banner, summary list
//! and details.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A link back to the previous step of a journey.
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    let i18n = use_i18n();
    view! { <a href=href class="wm-back-link">{i18n.t("back")}</a> }
}

/// The confirmation panel at the end of a journey.
#[component]
pub fn Panel(title: String, #[prop(optional)] body: Option<String>) -> impl IntoView {
    view! {
        <div class="wm-panel">
            <h1 class="wm-panel__title">{title}</h1>
            {body.map(|b| view! { <div class="wm-panel__body">{b}</div> })}
        </div>
    }
}

#[component]
pub fn InsetText(children: Children) -> impl IntoView {
    view! { <div class="wm-inset-text">{children()}</div> }
}

/// Important text with a warning sign, announced as a warning.
#[component]
pub fn WarningText(text: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="wm-warning-text">
            <span class="wm-warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="wm-warning-text__text">
                <span class="wm-visually-hidden">{i18n.t("warning-prefix")}</span>
                {text}
            </strong>
        </div>
    }
}

/// A message at the top of a page, after something happened ("Your password has been changed").
#[component]
pub fn NotificationBanner(text: String, #[prop(optional)] success: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (class, title, role) = if success {
        ("wm-notification-banner wm-notification-banner--success", i18n.t("banner-success"), "alert")
    } else {
        ("wm-notification-banner", i18n.t("banner-important"), "region")
    };
    view! {
        <div class=class role=role aria-labelledby="notification-banner-title">
            <div class="wm-notification-banner__header">
                <h2 class="wm-notification-banner__title" id="notification-banner-title">{title}</h2>
            </div>
            <div class="wm-notification-banner__content">
                <p class="wm-notification-banner__heading">{text}</p>
            </div>
        </div>
    }
}

/// One row of a [`SummaryList`]: a key, its value, and optionally a link to change it.
#[derive(Clone, Debug)]
pub struct SummaryRow {
    pub key: String,
    pub value: String,
    pub action: Option<(String, String)>,
}

#[component]
pub fn SummaryList(rows: Vec<SummaryRow>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let key = row.key.clone();
            view! {
                <div class="wm-summary-list__row">
                    <dt class="wm-summary-list__key">{row.key}</dt>
                    <dd class="wm-summary-list__value">{row.value}</dd>
                    {row.action.map(|(href, text)| view! {
                        <dd class="wm-summary-list__actions">
                            <a class="wm-link" href=href>
                                {text}<span class="wm-visually-hidden">" "{key}</span>
                            </a>
                        </dd>
                    })}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="wm-summary-list">{rows}</dl> }
}

/// A disclosure: a summary line that opens to show more.
#[component]
pub fn Details(summary: String, children: Children) -> impl IntoView {
    view! {
        <details class="wm-details">
            <summary class="wm-details__summary"><span class="wm-details__summary-text">{summary}</span></summary>
            <div class="wm-details__text">{children()}</div>
        </details>
    }
}
