//! The diary's pages. Every handler takes [`DiaryAccess`]: a signed-in person and their diary key, unwrapped
//! with this session's token. Entries are always looked up by id *and* owner, so nobody reaches another
//! person's entries through any route.
//!
//! - [`entries`]: the list, writing, editing and deleting entries, and deleting the whole diary.
//! - [`overview`]: progress, the timeline, the printable copy and the export.

mod entries;
mod overview;

use super::{page::Page, visitor::SignedIn};
use crate::{
    dates,
    diary::{entries::Entry, keys::DiaryKey, Owner},
    AppState,
};
use app::pages::diary::{DiaryLockedPage, EntryContentView, EntryView};
use axum::{
    extract::FromRequestParts,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use http::request::Parts;
use leptos::prelude::*;

/// The diary: entries, progress, timeline, print, export and deleting.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/diary", get(entries::list))
        .route("/diary/new", get(entries::new_form).post(entries::new_answer))
        .route("/diary/entries/{id}/edit", get(entries::edit_form).post(entries::edit_answer))
        .route("/diary/entries/{id}/delete", get(entries::delete_form).post(entries::delete_answer))
        .route("/diary/progress", get(overview::progress))
        .route("/diary/timeline", get(overview::timeline))
        .route("/diary/print", get(overview::print))
        .route("/diary/export", get(overview::export))
        .route("/diary/delete", get(entries::delete_all_form).post(entries::delete_all_answer))
}

/// A signed-in person with their diary key. A session without the key (one that could not unwrap it) is shown
/// the page that explains the diary is locked until they sign in again.
pub struct DiaryAccess {
    pub me: SignedIn,
    pub key: DiaryKey,
}

impl DiaryAccess {
    /// Whose diary this is, with its key.
    pub fn owner(&self) -> Owner<'_> {
        Owner { user_id: self.me.user.id, key: &self.key }
    }

    /// Whether the account is a supporter's, whose diary asks about them as a supporter.
    pub fn supporter(&self) -> bool {
        self.me.user.audience == Some(app::models::account::Audience::Supporter)
    }

    /// This session's token hash, for the notice the next page shows.
    pub fn session(&self) -> &[u8] {
        &self.me.session.token_hash
    }
}

impl FromRequestParts<AppState> for DiaryAccess {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let me = SignedIn::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        match me.diary_key() {
            Some(key) => Ok(DiaryAccess { me, key }),
            None => Err(Page::new(state, parts).render(|| view! { <DiaryLockedPage/> }).await),
        }
    }
}

/// An entry as the pages show it.
fn view_of(entry: &Entry) -> EntryView {
    let (year, month, day) = dates::civil_from_days(entry.day);
    EntryView {
        id: entry.id,
        year,
        month,
        day,
        content: entry.content.as_ref().map(|c| EntryContentView {
            feeling: c.feeling,
            text: c.text.clone(),
            helped: c.helped.clone(),
            own_tags: c.own_tags.clone(),
            source: c.source.as_ref().map(|s| s.title.clone()),
        }),
    }
}
