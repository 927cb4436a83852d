//! What a diary entry holds, and sealing it under the diary key with the person's and the entry's ids as
//! associated data, so a ciphertext cannot be moved to another row or another person.

use super::{keys::DiaryKey, store};
use crate::db::{Db, DbError};
use serde::{Deserialize, Serialize};

/// The choices offered for "what helped"; people can add their own as well.
pub const HELPED: &[&str] = &[
    "talking",
    "family-friends",
    "support-service",
    "sleep",
    "rest",
    "exercise",
    "outdoors",
    "breathing",
    "routine",
    "writing",
    "creative",
    "faith",
];

/// Where an entry came from, when it was saved from a guide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub guide: String,
    pub title: String,
}

/// The sealed part of an entry.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Content {
    /// How the person was feeling, from 1 (very low) to 10 (very good); 0 when not given (a reflection saved
    /// from a guide).
    pub feeling: u8,
    pub text: String,
    /// Keys from [`HELPED`].
    pub helped: Vec<String>,
    /// The person's own words for what helped.
    pub own_tags: Vec<String>,
    pub source: Option<Source>,
}

/// An entry as read back: its content, or the fact that it could not be opened.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: i64,
    pub day: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub content: Option<Content>,
}

fn aad(user_id: i64, entry_id: i64) -> Vec<u8> {
    format!("diary_entries:{user_id}:{entry_id}").into_bytes()
}

pub fn seal(key: &DiaryKey, user_id: i64, entry_id: i64, content: &Content) -> Vec<u8> {
    let json = serde_json::to_vec(content).unwrap_or_default();
    key.key().seal(&aad(user_id, entry_id), &json)
}

/// Opens a stored entry. Content that fails authentication (tampered, corrupted, or moved from another row)
/// comes back as `None`, never as garbage.
pub fn open(key: &DiaryKey, user_id: i64, row: &store::EntryRow) -> Entry {
    let content = key
        .key()
        .open(&aad(user_id, row.id), &row.sealed)
        .ok()
        .and_then(|plain| serde_json::from_slice::<Content>(&plain).ok());
    Entry { id: row.id, day: row.entry_day, created_at: row.created_at, updated_at: row.updated_at, content }
}

/// Writes a new entry and returns its id.
pub async fn create(
    db: &Db,
    key: &DiaryKey,
    user_id: i64,
    day: i64,
    content: &Content,
    now: i64,
) -> Result<i64, DbError> {
    let id = store::insert_entry(db, user_id, day, now).await?;
    let sealed = seal(key, user_id, id, content);
    store::update_entry(db, user_id, id, day, &sealed, now).await?;
    Ok(id)
}

/// Replaces an entry's content. `false` if the person has no such entry.
pub async fn update(
    db: &Db,
    key: &DiaryKey,
    user_id: i64,
    id: i64,
    day: i64,
    content: &Content,
    now: i64,
) -> Result<bool, DbError> {
    let sealed = seal(key, user_id, id, content);
    store::update_entry(db, user_id, id, day, &sealed, now).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, sealed: Vec<u8>) -> store::EntryRow {
        store::EntryRow { id, entry_day: 20_000, created_at: 0, updated_at: 0, sealed }
    }

    #[test]
    fn entries_open_only_in_their_own_row_for_their_own_person() {
        let key = DiaryKey::random();
        let content = Content { feeling: 6, text: "a walk helped".into(), ..Content::default() };
        let sealed = seal(&key, 1, 10, &content);
        assert_eq!(open(&key, 1, &row(10, sealed.clone())).content, Some(content));
        assert_eq!(open(&key, 1, &row(11, sealed.clone())).content, None, "moved to another row");
        assert_eq!(open(&key, 2, &row(10, sealed.clone())).content, None, "moved to another person");
        assert_eq!(open(&DiaryKey::random(), 1, &row(10, sealed.clone())).content, None, "another key");
        let mut flipped = sealed;
        flipped[30] ^= 0x01;
        assert_eq!(open(&key, 1, &row(10, flipped)).content, None, "tampered");
    }
}
