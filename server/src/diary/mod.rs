//! The private recovery diary. Entries are sealed with XChaCha20-Poly1305 under a random 256-bit key per
//! person, with the person's and entry's ids as associated data. The key is stored only wrapped: under a key
//! derived from the password (Argon2id, its own salt), under each recovery code, and, while signed in, under a
//! key derived from each session's token, which only the browser holds. Without the password or a recovery code
//! nobody can read a diary: not staff, not an administrator holding the database and the server secret.
//!
//! This module holds the diary's operations: each change is written in one transaction together with the
//! notice the person sees next, so an entry is never half written and never saved without saying so.
//!
//! - [`keys`]: creating, wrapping and unwrapping diary keys.
//! - [`entries`]: what an entry holds, and sealing it.
//! - [`check`]: checking an entry as written into the form.
//! - [`summary`]: what helped, and how often.
//! - [`store`]: all SQL for the diary.

pub mod check;
pub mod entries;
pub mod keys;
pub mod store;
pub mod summary;

use crate::{
    auth::store::set_flash,
    db::{Db, DbError},
};
use app::models::flash::{Flash, Notice};
use entries::{Content, Entry};
use keys::DiaryKey;

/// Whose diary, and the key that opens it.
#[derive(Clone, Copy)]
pub struct Owner<'a> {
    pub user_id: i64,
    pub key: &'a DiaryKey,
}

/// Entries shown per page of the diary.
pub const PER_PAGE: i64 = 10;

/// One page of the diary, newest first.
pub struct Listing {
    pub entries: Vec<Entry>,
    /// The page shown, from 1 (the last page when a later one was asked for).
    pub page: i64,
    /// How many pages there are (at least 1).
    pub pages: i64,
}

/// The page `requested` (from 1) of the owner's entries.
pub async fn page(db: &Db, owner: Owner<'_>, requested: i64) -> Result<Listing, DbError> {
    let total = store::count_entries(db, owner.user_id).await?;
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    let page = requested.clamp(1, pages);
    let rows = store::entries_page(db, owner.user_id, PER_PAGE, (page - 1) * PER_PAGE).await?;
    Ok(Listing { entries: rows.iter().map(|r| entries::open(owner, r)).collect(), page, pages })
}

/// Every entry of the owner, oldest first.
pub async fn all(db: &Db, owner: Owner<'_>) -> Result<Vec<Entry>, DbError> {
    let rows = store::all_entries(db, owner.user_id).await?;
    Ok(rows.iter().map(|r| entries::open(owner, r)).collect())
}

/// The owner's entry with this id; `None` if they have none (whether or not someone else has).
pub async fn entry(db: &Db, owner: Owner<'_>, id: i64) -> Result<Option<Entry>, DbError> {
    Ok(store::entry(db, owner.user_id, id).await?.map(|row| entries::open(owner, &row)))
}

/// Writes a new entry, and tells the session (by its token hash) that it was saved. Returns the entry's id.
pub async fn write(
    db: &Db,
    owner: Owner<'_>,
    session: &[u8],
    day: i64,
    content: &Content,
    now: i64,
) -> Result<i64, DbError> {
    let mut tx = db.begin().await?;
    let id = entries::insert(&mut tx, owner, day, content, now).await?;
    set_flash(&mut tx, session, &Flash::one(Notice::DiarySaved)).await?;
    tx.commit().await?;
    Ok(id)
}

/// Replaces what an entry says (an entry saved from a guide keeps its link to the guide), and tells the
/// session it was updated. `false` if the owner has no such entry (any more).
pub async fn edit(
    db: &Db,
    owner: Owner<'_>,
    session: &[u8],
    entry: &Entry,
    day: i64,
    content: Content,
    now: i64,
) -> Result<bool, DbError> {
    let source = entry.content.as_ref().and_then(|c| c.source.clone());
    let content = Content { source, ..content };
    let sealed = entries::seal(owner, entry.id, &content);
    let mut tx = db.begin().await?;
    if !store::update_entry(&mut tx, owner.user_id, entry.id, day, &sealed, now).await? {
        return Ok(false);
    }
    set_flash(&mut tx, session, &Flash::one(Notice::DiaryUpdated)).await?;
    tx.commit().await?;
    Ok(true)
}

/// Deletes one entry, and tells the session it was deleted. `false` if the person has no such entry.
pub async fn delete(db: &Db, user_id: i64, session: &[u8], id: i64) -> Result<bool, DbError> {
    let mut tx = db.begin().await?;
    if !store::delete_entry(&mut tx, user_id, id).await? {
        return Ok(false);
    }
    set_flash(&mut tx, session, &Flash::one(Notice::DiaryEntryDeleted)).await?;
    tx.commit().await?;
    Ok(true)
}

/// Deletes every entry of the person: one statement, so all of them or none. (Their reading progress and
/// check-ins are kept.)
pub async fn delete_all(db: &Db, user_id: i64) -> Result<u64, DbError> {
    store::delete_all_entries(db, user_id).await
}
