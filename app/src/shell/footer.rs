//! The footer: urgent help, and links to the privacy notice, accessibility statement, cookies and staying safe
//! online.

use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let links = [
        ("/staying-safe-online", i18n.t("footer-staying-safe")),
        ("/bsl", i18n.t("footer-bsl")),
        ("/privacy", i18n.t("footer-privacy")),
        ("/accessibility", i18n.t("footer-accessibility")),
        ("/cookies", i18n.t("footer-cookies")),
    ];
    view! {
        <footer class="wm-footer">
            <div class="wm-width-container">
                <p class="wm-footer__urgent">{i18n.t("footer-urgent")}</p>
                <h2 class="wm-visually-hidden">{i18n.t("footer-links-heading")}</h2>
                <ul class="wm-footer__links">
                    {links
                        .into_iter()
                        .map(|(href, text)| {
                            view! {
                                <li class="wm-footer__item">
                                    <a class="wm-footer__link" href=href>{text}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="wm-footer__meta">{i18n.t("footer-independent")}</p>
            </div>
        </footer>
    }
}
