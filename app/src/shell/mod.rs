//! The frame around every page: the HTML document with its language and direction, the skip link, the exit
//! control, the header with the language switcher, the footer, and the loader of the islands' bundle.

mod exit;
mod footer;
mod header;
mod islands;
mod language;
mod timeout;

pub use exit::{ExitThisPage, NEUTRAL_EXIT_URL};
pub use islands::{loader_script, LOAD_AT_ONCE};
pub use timeout::SessionTimeout;

use crate::i18n::use_i18n;
use crate::request::use_request_info;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};

/// The whole HTML document for one page. `children` is the page's own content, placed in `<main>`.
#[component]
pub fn Document(options: LeptosOptions, children: Children) -> impl IntoView {
    provide_meta_context();
    let i18n = use_i18n();
    let locale = i18n.locale();
    let timeout = use_request_info().session_seconds_left.map(|seconds| {
        view! {
            <SessionTimeout
                seconds_left=seconds
                title=i18n.t("session-warning-title")
                body=i18n.t("session-warning-body")
                stay=i18n.t("session-warning-stay")
                leave=i18n.t("session-warning-leave")
            />
        }
    });
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.direction().as_str() class="wm-template">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="robots" content="noindex, nofollow"/>
                <meta name="referrer" content="no-referrer"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <language::LanguageAlternates/>
                <HashedStylesheet options=options.clone() id="wm-style"/>
                <AutoReload options=options.clone()/>
                <islands::IslandScripts options/>
                <MetaTags/>
            </head>
            <body class="wm-template__body">
                <a href="#main-content" class="wm-skip-link">{i18n.t("skip-to-main")}</a>
                <ExitThisPage label=i18n.t("exit-this-page") hint=i18n.t("exit-this-page-hint")/>
                <header::Header/>
                <div class="wm-width-container">
                    <main class="wm-main-wrapper" id="main-content" tabindex="-1">
                        {children()}
                    </main>
                </div>
                <footer::Footer/>
                {timeout}
            </body>
        </html>
    }
}

/// Sets the document title: the page's plain name and the product name, never anything sensitive. Pages
/// showing form errors say so first, as screen reader users hear the title before anything else.
#[component]
pub fn PageTitle(#[prop(into)] text: String, #[prop(optional)] error: bool) -> impl IntoView {
    let i18n = use_i18n();
    let title = if error {
        i18n.tr("page-title-error", &[("page", text.into())])
    } else {
        i18n.tr("page-title", &[("page", text.into())])
    };
    view! { <Title text=title/> }
}
