//! The reader's language: `POST /language` remembers their choice in a cookie (holding only the language code)
//! and returns them to the page they were on; a page opened at an address that asks for a language
//! (`?lang=ar`, as in a link someone was sent) remembers that language the same way, so the pages after it
//! keep it.

use super::{
    cookies,
    form::{safe_return_path, LenientForm},
};
use app::i18n::{Locale, LANGUAGE_COOKIE};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{extract::Request, middleware::Next, routing::post, Router};
use http::{header::SET_COOKIE, Method, Uri};
use serde::Deserialize;

/// The language switcher.
pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route("/language", post(choose))
}

const ONE_YEAR: i64 = 365 * 24 * 60 * 60;

#[derive(Default, Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    return_to: Option<String>,
}

pub async fn choose(LenientForm(form): LenientForm<LanguageForm>) -> Response {
    let back = Redirect::to(&safe_return_path(form.return_to.as_deref()));
    match Locale::from_code(&form.lang) {
        Some(locale) => ([(SET_COOKIE, cookies::set(LANGUAGE_COOKIE, locale.code(), ONE_YEAR))], back).into_response(),
        None => back.into_response(),
    }
}

/// The language the address asks for with a `lang` parameter, if it is one the portal speaks.
pub fn asked(uri: &Uri) -> Option<Locale> {
    uri.query()?.split('&').find_map(|pair| pair.strip_prefix("lang=")).and_then(Locale::from_code)
}

/// Remembers the language a page's address asks for as the reader's choice, unless it already is.
pub async fn remember_asked(req: Request, next: Next) -> Response {
    let asked = asked(req.uri())
        .filter(|_| req.method() == Method::GET)
        .filter(|locale| cookies::get(req.headers(), LANGUAGE_COOKIE) != Some(locale.code()));
    let mut response = next.run(req).await;
    if let Some(locale) = asked {
        response.headers_mut().append(SET_COOKIE, cookies::set(LANGUAGE_COOKIE, locale.code(), ONE_YEAR));
    }
    response
}
