//! The one error type of the HTTP layer. Handlers return [`Result`] and use `?`; an [`Error`] becomes a marker
//! response, and the [`render`] layer turns it into the localised page and logs its cause once, inside the
//! request's span (so with the request id). Nothing about the person is ever in the cause.

use super::page::Page;
use crate::{db::DbError, AppState};
use app::pages::errors::{NotFoundPage, ServerErrorPage};
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use http::{request::Parts, StatusCode};
use leptos::prelude::*;
use std::sync::Arc;

/// What a handler answers: a response, or an [`Error`].
pub type Result<T = Response, E = Error> = std::result::Result<T, E>;

/// Why a request could not be answered as asked.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Nothing here for this visitor: an unknown address, or something they may not see (answered exactly as if
    /// it did not exist).
    #[error("not found")]
    NotFound,
    /// The visitor must sign in (again) first (`None`: start signing in again).
    #[error("sign-in required")]
    SignIn(Option<SignInReason>),
    /// Something on our side failed (usually the database). The visitor is told the service has a problem.
    #[error("{0}")]
    Unavailable(Arc<dyn std::error::Error + Send + Sync>),
}

app::words! {
    /// Why a visitor is sent to sign in (or told they were signed out), as the address says and the sign-in
    /// page explains.
    pub enum SignInReason {
        /// The page needs a signed-in account.
        Required = "required",
        /// The session ended after 30 minutes without activity.
        Idle = "idle",
        /// The session reached its 12-hour limit.
        Expired = "expired",
    }
}

/// Where a visitor is sent to sign in; `None` when a step of signing in was reached out of order.
fn sign_in_path(reason: Option<SignInReason>) -> String {
    match reason {
        Some(SignInReason::Idle) => "/signed-out?reason=idle".to_string(),
        Some(reason) => format!("/sign-in?reason={reason}"),
        None => "/sign-in".to_string(),
    }
}

impl Error {
    /// A failure on our side that is not a database error (a record that cannot be opened, say).
    pub fn unavailable(cause: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Error {
        Error::Unavailable(Arc::from(cause.into()))
    }
}

impl From<DbError> for Error {
    fn from(e: DbError) -> Error {
        Error::unavailable(e)
    }
}

/// The marker an [`Error`] leaves on its response for [`render`] to draw.
#[derive(Clone)]
struct Failure(Arc<Error>);

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let status = match &self {
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::SignIn(reason) => return Redirect::to(&sign_in_path(*reason)).into_response(),
            Error::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(Failure(Arc::new(self)));
        response
    }
}

/// Draws the page for an error, logging its cause first when it is ours.
pub async fn page(state: &AppState, parts: &Parts, error: &Error) -> Response {
    let page = Page::new(state, parts);
    match error {
        Error::NotFound => page.with_status(StatusCode::NOT_FOUND).render(|| view! { <NotFoundPage/> }).await,
        Error::SignIn(reason) => Redirect::to(&sign_in_path(*reason)).into_response(),
        Error::Unavailable(cause) => {
            tracing::error!(%cause, "could not answer");
            page.with_status(StatusCode::SERVICE_UNAVAILABLE).render(|| view! { <ServerErrorPage/> }).await
        }
    }
}

/// The layer that draws every [`Error`] a handler (or an extractor) answered with.
pub async fn render(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let kept = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    match response.extensions().get::<Failure>().cloned() {
        Some(Failure(error)) => page(&state, &kept, &error).await,
        None => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_leave_a_marker_and_sign_in_redirects() {
        let not_found = Error::NotFound.into_response();
        assert_eq!(not_found.status(), StatusCode::NOT_FOUND);
        assert!(not_found.extensions().get::<Failure>().is_some());

        let failed = Error::from(DbError::UnsupportedUrl).into_response();
        assert_eq!(failed.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(failed.extensions().get::<Failure>().is_some());

        let idle = Error::SignIn(Some(SignInReason::Idle)).into_response();
        assert_eq!(idle.status(), StatusCode::SEE_OTHER);
        assert_eq!(idle.headers()[http::header::LOCATION], "/signed-out?reason=idle");
        assert!(idle.extensions().get::<Failure>().is_none());
    }
}
