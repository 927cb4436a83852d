//! The language switcher: one disclosure listing every language in its own name, each a link to the same page
//! in that language, so it works without JavaScript.

use crate::i18n::{use_i18n, Locale};
use crate::request::use_request_info;
use leptos::prelude::*;

/// `path` (with its query) with its `lang` parameter replaced by `code`, or removed when `code` is `None`.
pub fn with_lang(path: &str, code: Option<&str>) -> String {
    let (base, query) = path.split_once('?').unwrap_or((path, ""));
    let mut pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !p.starts_with("lang=")).collect();
    let lang = code.map(|c| format!("lang={c}"));
    if let Some(l) = &lang {
        pairs.push(l);
    }
    if pairs.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", pairs.join("&"))
    }
}

/// `<link rel="alternate" hreflang>` for every language, and `x-default` for the address without one.
#[component]
pub fn LanguageAlternates() -> impl IntoView {
    let path = use_request_info().path;
    let links = Locale::ALL
        .iter()
        .map(|l| view! { <link rel="alternate" hreflang=l.code() href=with_lang(&path, Some(l.code()))/> })
        .collect_view();
    view! {
        {links}
        <link rel="alternate" hreflang="x-default" href=with_lang(&path, None)/>
    }
}

/// One control on every page: a disclosure whose summary names the page's language, opening onto a link to
/// the same page in every other language. It works without JavaScript (`<details>` is the browser's own), takes
/// one line of the first screen on a phone, and every language is one activation away once it is open. Each
/// link is the page's alternate address (`?lang=cy`, as in [`LanguageAlternates`]), which shows the page in
/// that language and remembers the choice in the language cookie for the pages after it.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.locale();
    let path = use_request_info().path;
    let items = Locale::ALL
        .iter()
        .map(|&locale| {
            let name = locale.native_name();
            let code = locale.code();
            let dir = locale.direction().as_str();
            if locale == current {
                view! {
                    <li class="wm-language__item">
                        <span class="wm-language__current" aria-current="true" lang=code dir=dir>
                            {name}
                        </span>
                    </li>
                }
                .into_any()
            } else {
                view! {
                    <li class="wm-language__item">
                        <a class="wm-language__link" href=with_lang(&path, Some(code)) hreflang=code lang=code dir=dir>
                            {name}
                        </a>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    let label = i18n.t("language-switcher-label");
    view! {
        <nav class="wm-language" aria-label=label.clone()>
            <details class="wm-language__details">
                <summary class="wm-language__summary">
                    <svg class="wm-language__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
                        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"></circle>
                        <path d="M2 12h20M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z" fill="none" stroke="currentColor" stroke-width="2"></path>
                    </svg>
                    <span class="wm-visually-hidden">{format!("{label}: ")}</span>
                    <span lang=current.code() dir=current.direction().as_str()>{current.native_name()}</span>
                </summary>
                <ul class="wm-language__list">{items}</ul>
            </details>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::with_lang;

    #[test]
    fn the_lang_parameter_is_replaced_or_removed() {
        assert_eq!(with_lang("/guides", Some("pl")), "/guides?lang=pl");
        assert_eq!(with_lang("/guides?topic=abc12", Some("ar")), "/guides?topic=abc12&lang=ar");
        assert_eq!(with_lang("/guides?lang=cy&topic=abc12", Some("ur")), "/guides?topic=abc12&lang=ur");
        assert_eq!(with_lang("/guides?lang=cy", None), "/guides");
        assert_eq!(with_lang("/?lang=cy&for=supporters", None), "/?for=supporters");
    }
}
