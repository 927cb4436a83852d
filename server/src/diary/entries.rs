//! What a diary entry holds, and sealing it under the diary key with the person's and the entry's ids as
//! associated data, so a ciphertext cannot be moved to another row or another person.

use super::{store, Owner};
use crate::db::{DbError, Tx};
use app::models::diary::Helped;
use serde::{Deserialize, Deserializer, Serialize};

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
    /// The standard choices ticked.
    #[serde(deserialize_with = "known_choices")]
    pub helped: Vec<Helped>,
    /// The person's own words for what helped.
    pub own_tags: Vec<String>,
    pub source: Option<Source>,
}

/// The standard choices of a stored entry. A word no longer offered is left out rather than making the whole
/// entry unreadable.
fn known_choices<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Helped>, D::Error> {
    let words = Vec::<String>::deserialize(deserializer)?;
    Ok(words.iter().filter_map(|w| Helped::parse(w)).collect())
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

impl Entry {
    /// Whether the entry is a reflection saved from a guide, which has no feeling (and need not be given one).
    pub fn is_reflection(&self) -> bool {
        self.content.as_ref().is_some_and(|c| c.feeling == 0)
    }
}

fn aad(user_id: i64, entry_id: i64) -> Vec<u8> {
    format!("diary_entries:{user_id}:{entry_id}").into_bytes()
}

pub fn seal(owner: Owner<'_>, entry_id: i64, content: &Content) -> Vec<u8> {
    // Content is numbers and strings: serialising it cannot fail.
    let json = serde_json::to_vec(content).unwrap_or_default();
    owner.key.key().seal(&aad(owner.user_id, entry_id), &json)
}

/// Opens a stored entry. Content that fails authentication (tampered, corrupted, or moved from another row)
/// comes back as `None`, never as garbage.
pub fn open(owner: Owner<'_>, row: &store::EntryRow) -> Entry {
    let content = owner
        .key
        .key()
        .open(&aad(owner.user_id, row.id), &row.sealed)
        .ok()
        .and_then(|plain| serde_json::from_slice::<Content>(&plain).ok());
    Entry { id: row.id, day: row.entry_day, created_at: row.created_at, updated_at: row.updated_at, content }
}

/// Writes a new entry inside `tx` and returns its id: the row is created first, because the content is sealed
/// bound to the row's id, and then given its sealed content.
pub async fn insert(tx: &mut Tx, owner: Owner<'_>, day: i64, content: &Content, now: i64) -> Result<i64, DbError> {
    let id = store::insert_entry(&mut *tx, owner.user_id, day, now).await?;
    store::update_entry(&mut *tx, owner.user_id, id, day, &seal(owner, id, content), now).await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::keys::DiaryKey;

    fn row(id: i64, sealed: Vec<u8>) -> store::EntryRow {
        store::EntryRow { id, entry_day: 20_000, created_at: 0, updated_at: 0, sealed }
    }

    #[test]
    fn entries_open_only_in_their_own_row_for_their_own_person() {
        let key = DiaryKey::random();
        let owner = Owner { user_id: 1, key: &key };
        let content = Content { feeling: 6, text: "a walk helped".into(), ..Content::default() };
        let sealed = seal(owner, 10, &content);
        assert_eq!(open(owner, &row(10, sealed.clone())).content, Some(content));
        assert_eq!(open(owner, &row(11, sealed.clone())).content, None, "moved to another row");
        let someone_else = Owner { user_id: 2, key: &key };
        assert_eq!(open(someone_else, &row(10, sealed.clone())).content, None, "moved to another person");
        let other_key = DiaryKey::random();
        assert_eq!(open(Owner { user_id: 1, key: &other_key }, &row(10, sealed.clone())).content, None, "another key");
        let mut flipped = sealed;
        flipped[30] ^= 0x01;
        assert_eq!(open(owner, &row(10, flipped)).content, None, "tampered");
    }

    #[test]
    fn stored_choices_read_back_as_types_and_unknown_words_are_left_out() {
        let stored =
            r#"{"feeling":4,"text":"t","helped":["sleep","no-longer-offered","talking"],"own_tags":[],"source":null}"#;
        let content: Content = serde_json::from_str(stored).expect("readable");
        assert_eq!(content.helped, vec![Helped::Sleep, Helped::Talking]);
        let written = serde_json::to_string(&content).expect("json");
        assert!(written.contains(r#""helped":["sleep","talking"]"#), "{written}");
    }
}
