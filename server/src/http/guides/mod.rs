//! The guides' pages.
//!
//! - [`library`]: the list (topic and audience filters in the address, search words posted) and the BSL page.
//! - [`reading`]: a guide a step at a time, and saving the reader's place, checklist ticks and reflections
//!   (signed in; opening a step writes nothing).
//! - [`check_in`]: the wellbeing check-in, and a signed-in reader's earlier answers.
//!
//! Guide images, and guides' own video files and captions, are served from here too (with range requests, so a
//! video can start playing before it has all arrived, and be skipped through).

mod check_in;
mod library;
mod reading;

use super::{
    error::{Error, Result},
    visitor::Visitor,
};
use crate::{diary::Owner, guides::progress, AppState};
use app::{i18n::Locale, models::guide::Resume};
use axum::{
    extract::{Path, Request, State},
    response::IntoResponse,
    routing::{get, post},
    Router,
};
use http::HeaderMap;
use tower::ServiceExt;

/// The guides, the check-in and the BSL page.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/guides", get(library::index).post(library::search))
        .route("/bsl", get(library::bsl))
        .route("/guides/check-in", get(check_in::form).post(check_in::answer))
        .route("/guides/check-in/history", get(check_in::history))
        .route("/guides/assets/{name}", get(asset))
        .route("/guides/media/{name}", get(media))
        .route("/guides/{code}", get(reading::start))
        .route("/guides/{code}/{step}", get(reading::step))
        .route("/guides/{code}/{step}/place", post(reading::save_place))
        .route("/guides/{code}/{step}/checklist/{index}", post(reading::save_checklist))
        .route("/guides/{code}/{step}/reflect/{index}", post(reading::save_reflection))
}

/// `GET /guides/assets/{name}`: an image used by a guide.
async fn asset(State(state): State<AppState>, Path(name): Path<String>, headers: HeaderMap) -> Result {
    if !state.library.has_asset(&name) {
        return Err(Error::NotFound);
    }
    serve_file(state.library.root.join("assets").join(&name), headers).await
}

/// `GET /guides/media/{name}`: a guide's video or its captions, at the neutral address the guide gives it.
async fn media(State(state): State<AppState>, Path(name): Path<String>, headers: HeaderMap) -> Result {
    let path = state.library.media_file(&name).ok_or(Error::NotFound)?;
    serve_file(path, headers).await
}

/// A file from the content folder, honouring the request's `Range` and conditional headers.
async fn serve_file(path: std::path::PathBuf, headers: HeaderMap) -> Result {
    let mut request = Request::new(axum::body::Body::empty());
    *request.headers_mut() = headers;
    let Ok(response) = tower_http::services::ServeFile::new(path).oneshot(request).await;
    Ok(response.into_response())
}

/// The guide a signed-in reader opened last, to continue from (on the home page and the list of guides).
pub async fn continue_reading(state: &AppState, locale: Locale, visitor: &Visitor) -> Result<Option<Resume>> {
    let Some((user_id, key)) = visitor.reader() else { return Ok(None) };
    let owner = Owner { user_id, key: &key };
    Ok(progress::continue_reading(&state.db, &state.library, locale, owner).await?)
}
