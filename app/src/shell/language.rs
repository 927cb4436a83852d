//! The language switcher: every language in its own name. It is a form that posts the choice to
//! `/language`, which remembers it in a cookie and returns the reader to the same page, so it works without
//! JavaScript.

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

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.locale();
    // A `lang` parameter would override the choice made here, so the reader returns to the page without it.
    let return_to = with_lang(&use_request_info().path, None);
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
