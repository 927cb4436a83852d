//! `POST /language`: remembers the reader's language choice in a cookie (holding only the language code) and
//! returns them to the page they were on.

use super::{
    cookies,
    form::{safe_return_path, LenientForm},
};
use app::i18n::{Locale, LANGUAGE_COOKIE};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{routing::post, Router};
use http::header::SET_COOKIE;
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
