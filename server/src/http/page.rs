//! Rendering a page: the [`Page`] extractor gathers what every page needs (language, the request) and
//! [`Page::render`] draws a component inside the document shell, on the server, with a Content Security Policy
//! that allows exactly the page's inline scripts by their hashes.

use super::{cookies, islands, language, security, valid_html, visitor::Visitor};
use crate::AppState;
use app::{
    i18n::{I18n, Locale, LANGUAGE_COOKIE},
    request::RequestInfo,
    shell::Document,
};
use axum::{
    body::Body,
    extract::{FromRequestParts, Request},
    response::Response,
};
use http::{
    header::{ACCEPT_LANGUAGE, CONTENT_LENGTH, CONTENT_SECURITY_POLICY},
    request::Parts,
    HeaderMap, HeaderValue, StatusCode, Uri,
};
use leptos::prelude::*;
use std::convert::Infallible;

/// Everything needed to draw a page for one request.
#[derive(Clone)]
pub struct Page {
    state: AppState,
    parts: Parts,
    locale: Locale,
    status: StatusCode,
    signed_in: bool,
    session_seconds_left: Option<i64>,
}

/// The language a request should be answered in: a `lang` query parameter (the addresses of a page's
/// language alternates, which [`language::remember_asked`] keeps for the next pages), then the reader's choice
/// in the cookie, then the browser's preferences.
pub fn request_locale(parts: &Parts) -> Locale {
    locale_of(&parts.uri, &parts.headers)
}

/// [`request_locale`], from a request's address and headers.
pub fn locale_of(uri: &Uri, headers: &HeaderMap) -> Locale {
    language::asked(uri).unwrap_or_else(|| {
        Locale::negotiate(
            cookies::get(headers, LANGUAGE_COOKIE),
            headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
        )
    })
}

impl FromRequestParts<AppState> for Page {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Page::new(state, parts))
    }
}

impl Page {
    pub fn new(state: &AppState, parts: &Parts) -> Page {
        let visitor = parts.extensions.get::<Visitor>();
        let signed_in = visitor.and_then(|v| v.signed_in());
        Page {
            state: state.clone(),
            parts: parts.clone(),
            locale: request_locale(parts),
            status: StatusCode::OK,
            signed_in: signed_in.is_some(),
            session_seconds_left: signed_in.map(|(s, _)| s.seconds_left(state.clock.now())),
        }
    }

    /// Draws the page as for someone not signed in (after signing out or deleting the account).
    pub fn signed_out(mut self) -> Page {
        self.signed_in = false;
        self.session_seconds_left = None;
        self
    }

    /// Answers with another status than 200 (e.g. 404, or 422 for a form with errors).
    pub fn with_status(mut self, status: StatusCode) -> Page {
        self.status = status;
        self
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The page's messages, for text the server composes outside components.
    pub fn i18n(&self) -> I18n {
        I18n::new(self.locale, self.state.catalog.clone())
    }

    /// Draws `view` inside the document shell.
    pub async fn render<F, V>(self, view: F) -> Response
    where
        F: Fn() -> V + Clone + Send + Sync + 'static,
        V: IntoView + 'static,
    {
        let i18n = self.i18n();
        let info = RequestInfo {
            path: self.parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into()),
            signed_in: self.signed_in,
            session_seconds_left: self.session_seconds_left,
        };
        let options = self.state.leptos.clone();
        let context = move || {
            provide_context(i18n.clone());
            provide_context(info.clone());
        };
        let app = move || {
            let view = view.clone();
            view! { <Document options=options.clone()>{view()}</Document> }
        };
        let handler = leptos_axum::render_app_async_with_context(context, app);
        let (mut parts, body) = handler(Request::from_parts(self.parts, Body::empty())).await.into_parts();
        if self.status != StatusCode::OK {
            parts.status = self.status;
        }
        // The whole page is rendered before it is sent (nothing streams), so it is repaired as one string.
        let html = match axum::body::to_bytes(body, usize::MAX).await {
            Ok(bytes) => islands::bundle_only_for_islands(valid_html::repair(&String::from_utf8_lossy(&bytes))),
            Err(e) => {
                tracing::error!(%e, "could not read a rendered page");
                parts.status = StatusCode::INTERNAL_SERVER_ERROR;
                String::new()
            }
        };
        parts.headers.remove(CONTENT_LENGTH);
        if let Ok(policy) = HeaderValue::from_str(&security::page_policy(&security::script_hashes(&html))) {
            parts.headers.insert(CONTENT_SECURITY_POLICY, policy);
        }
        Response::from_parts(parts, Body::from(html))
    }
}
