//! What the guides remember for signed-in readers: where they are in each guide, their checklist ticks, and
//! their check-in answers. All of it is sealed under the reader's diary key, so it is as private as the diary.
//! Anonymous readers are remembered nowhere.

pub mod store;

use crate::{
    crypto::Key,
    db::{Db, DbError},
    diary::keys::DiaryKey,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A reader's place in one guide.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub slug: String,
    /// The step last opened, from 1.
    pub step: usize,
    /// Ticks per checklist index.
    pub ticks: BTreeMap<usize, Vec<bool>>,
}

/// A lookup key for a guide's progress row that does not reveal the guide: a fingerprint under the reader's
/// diary key.
fn guide_key(key: &DiaryKey, slug: &str) -> Vec<u8> {
    key.key().fingerprint(format!("guide:{slug}").as_bytes())
}

fn aad(user_id: i64, guide_key: &[u8]) -> Vec<u8> {
    let mut aad = format!("guide_progress:{user_id}:").into_bytes();
    aad.extend_from_slice(guide_key);
    aad
}

fn open(key: &Key, user_id: i64, guide_key: &[u8], sealed: &[u8]) -> Option<Progress> {
    let plain = key.open(&aad(user_id, guide_key), sealed).ok()?;
    serde_json::from_slice(&plain).ok()
}

/// The reader's progress in a guide (or a fresh one).
pub async fn progress(db: &Db, key: &DiaryKey, user_id: i64, slug: &str) -> Result<Progress, DbError> {
    let gk = guide_key(key, slug);
    let stored = store::progress(db, user_id, &gk).await?;
    Ok(stored
        .and_then(|sealed| open(key.key(), user_id, &gk, &sealed))
        .unwrap_or_else(|| Progress { slug: slug.into(), ..Progress::default() }))
}

pub async fn save(db: &Db, key: &DiaryKey, user_id: i64, progress: &Progress, now: i64) -> Result<(), DbError> {
    let gk = guide_key(key, &progress.slug);
    let json = serde_json::to_vec(progress).unwrap_or_default();
    let sealed = key.key().seal(&aad(user_id, &gk), &json);
    store::put_progress(db, user_id, &gk, &sealed, now).await
}

/// The guide the reader opened most recently.
pub async fn latest(db: &Db, key: &DiaryKey, user_id: i64) -> Result<Option<Progress>, DbError> {
    let Some((gk, sealed)) = store::latest_progress(db, user_id).await? else { return Ok(None) };
    Ok(open(key.key(), user_id, &gk, &sealed))
}

/// One check-in: answers by question id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub answers: BTreeMap<String, String>,
}

fn check_in_aad(user_id: i64) -> Vec<u8> {
    format!("check_ins:{user_id}").into_bytes()
}

pub async fn save_check_in(db: &Db, key: &DiaryKey, user_id: i64, check_in: &CheckIn, now: i64) -> Result<(), DbError> {
    let json = serde_json::to_vec(check_in).unwrap_or_default();
    let sealed = key.key().seal(&check_in_aad(user_id), &json);
    store::insert_check_in(db, user_id, &sealed, now).await
}

/// Earlier check-ins, newest first, with their times; unreadable ones are left out.
pub async fn check_ins(db: &Db, key: &DiaryKey, user_id: i64) -> Result<Vec<(i64, CheckIn)>, DbError> {
    let rows = store::check_ins(db, user_id).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(at, sealed)| {
            let plain = key.key().open(&check_in_aad(user_id), &sealed).ok()?;
            Some((at, serde_json::from_slice(&plain).ok()?))
        })
        .collect())
}
