//! The language switcher: every language in its own name. It is a form that posts the choice to
//! `/language`, which remembers it in a cookie and returns the reader to the same page, so it works without
//! JavaScript.

use crate::i18n::{use_i18n, Locale};
use crate::request::use_request_info;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.locale();
    let return_to = use_request_info().path;
    let items = Locale::ALL
        .iter()
        .map(|&locale| {
            let name = locale.native_name();
            let code = locale.code();
            let dir = locale.direction().as_str();
            if locale == current {
                view! {
                    <li class="wm-language-select__item">
                        <span class="wm-language-select__current" aria-current="true" lang=code dir=dir>
                            {name}
                        </span>
                    </li>
                }
                .into_any()
            } else {
                view! {
                    <li class="wm-language-select__item">
                        <button type="submit" name="lang" value=code lang=code dir=dir class="wm-language-select__button">
                            {name}
                        </button>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="wm-language-select" aria-label=i18n.t("language-switcher-label")>
            <form method="post" action="/language" class="wm-language-select__form">
                <input type="hidden" name="return_to" value=return_to/>
                <ul class="wm-language-select__list">{items}</ul>
            </form>
        </nav>
    }
}
