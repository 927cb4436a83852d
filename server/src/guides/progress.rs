//! Where a signed-in reader is in each guide, and what they ticked: sealed under their diary key, and looked up
//! by a fingerprint of the guide under that key, so the database does not reveal which guides someone reads.
//! Each change reads, changes and writes the progress in one transaction; opening a step writes nothing.

use super::{find, store};
use crate::{
    auth::store::set_flash,
    content::Library,
    db::{Db, DbError, Exec},
    diary::Owner,
};
use app::{
    i18n::Locale,
    models::{
        flash::{Flash, Notice},
        guide::{Guide, Resume},
    },
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

impl Progress {
    /// The saved ticks of each of the guide's checklists, by checklist index (none ticked where none are saved).
    pub fn ticks_for(&self, guide: &Guide) -> Vec<Vec<bool>> {
        (0..find::checklist_count(guide)).map(|i| self.ticks.get(&i).cloned().unwrap_or_default()).collect()
    }
}

/// A lookup key for a guide's progress row that does not reveal the guide: a fingerprint under the reader's
/// diary key.
fn guide_key(owner: Owner<'_>, slug: &str) -> Vec<u8> {
    owner.key.key().fingerprint(format!("guide:{slug}").as_bytes())
}

fn aad(user_id: i64, guide_key: &[u8]) -> Vec<u8> {
    let mut aad = format!("guide_progress:{user_id}:").into_bytes();
    aad.extend_from_slice(guide_key);
    aad
}

/// Opens stored progress; progress that cannot be opened (tampered with, say) is `None`, and is started afresh.
fn open(owner: Owner<'_>, guide_key: &[u8], sealed: &[u8]) -> Option<Progress> {
    let plain = owner.key.key().open(&aad(owner.user_id, guide_key), sealed).ok()?;
    serde_json::from_slice(&plain).ok()
}

/// The reader's progress in a guide (or a fresh one).
async fn read(db: impl Into<Exec<'_>>, owner: Owner<'_>, slug: &str) -> Result<Progress, DbError> {
    let gk = guide_key(owner, slug);
    let stored = store::progress(db, owner.user_id, &gk).await?;
    Ok(stored
        .and_then(|sealed| open(owner, &gk, &sealed))
        .unwrap_or_else(|| Progress { slug: slug.into(), ..Progress::default() }))
}

async fn write(db: impl Into<Exec<'_>>, owner: Owner<'_>, progress: &Progress, now: i64) -> Result<(), DbError> {
    let gk = guide_key(owner, &progress.slug);
    // Progress is numbers and strings: serialising it cannot fail.
    let json = serde_json::to_vec(progress).unwrap_or_default();
    let sealed = owner.key.key().seal(&aad(owner.user_id, &gk), &json);
    store::put_progress(db, owner.user_id, &gk, &sealed, now).await
}

/// The reader's progress in a guide, as saved: reading writes nothing (a page opened from a link on another
/// site must change nothing), so only [`save_place`] and [`save_ticks`] move it.
pub async fn of_guide(db: &Db, owner: Owner<'_>, slug: &str) -> Result<Progress, DbError> {
    read(db, owner, slug).await
}

/// Remembers, when the reader asks, that they are on step `step` (from 1) of the guide, and tells the session
/// (by its token hash) that it was saved.
pub async fn save_place(
    db: &Db,
    owner: Owner<'_>,
    session: &[u8],
    slug: &str,
    step: usize,
    now: i64,
) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    let mut progress = read(&mut tx, owner, slug).await?;
    progress.step = step;
    write(&mut tx, owner, &progress, now).await?;
    set_flash(&mut tx, session, &Flash::one(Notice::GuideProgressSaved)).await?;
    tx.commit().await
}

/// What a reader ticked on one checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticks {
    /// The checklist's index in its guide.
    pub checklist: usize,
    /// Whether each item is ticked, in order.
    pub ticked: Vec<bool>,
}

impl Ticks {
    /// The ticks of a checklist of `items` items whose items `done` (numbered from 0) were ticked; numbers of
    /// items the checklist does not have are left out.
    pub fn new(checklist: usize, items: usize, done: &[usize]) -> Ticks {
        Ticks { checklist, ticked: (0..items).map(|i| done.contains(&i)).collect() }
    }
}

/// Keeps the ticks of a checklist on step `step` (from 1) of the guide, and tells the session (by its token
/// hash) that they were saved.
pub async fn save_ticks(
    db: &Db,
    owner: Owner<'_>,
    session: &[u8],
    slug: &str,
    step: usize,
    ticks: Ticks,
    now: i64,
) -> Result<(), DbError> {
    let mut tx = db.begin().await?;
    let mut progress = read(&mut tx, owner, slug).await?;
    progress.ticks.insert(ticks.checklist, ticks.ticked);
    progress.step = step;
    write(&mut tx, owner, &progress, now).await?;
    set_flash(&mut tx, session, &Flash::one(Notice::GuideProgressSaved)).await?;
    tx.commit().await
}

/// Where the reader can continue: the guide they opened most recently, in their language where it is
/// translated, at the step they were on (or its last step, should the guide have fewer steps now). `None` if
/// they have opened no guide, or that guide is no longer in the library.
pub async fn continue_reading(
    db: &Db,
    library: &Library,
    locale: Locale,
    owner: Owner<'_>,
) -> Result<Option<Resume>, DbError> {
    let Some((gk, sealed)) = store::latest_progress(db, owner.user_id).await? else { return Ok(None) };
    let Some(progress) = open(owner, &gk, &sealed) else { return Ok(None) };
    Ok(library.guide_by_slug(locale, &progress.slug).map(|guide| Resume {
        code: guide.code.clone(),
        title: guide.title.clone(),
        step: progress.step.min(guide.steps.len()).max(1),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::keys::DiaryKey;

    #[test]
    fn ticks_keep_only_the_checklists_items() {
        assert_eq!(Ticks::new(2, 3, &[0, 2, 7]), Ticks { checklist: 2, ticked: vec![true, false, true] });
        assert_eq!(Ticks::new(0, 2, &[]).ticked, vec![false, false]);
    }

    #[test]
    fn progress_opens_only_for_its_reader_and_guide() {
        let key = DiaryKey::random();
        let owner = Owner { user_id: 7, key: &key };
        let progress = Progress { slug: "sleep".into(), step: 3, ticks: BTreeMap::from([(0, vec![true, false])]) };
        let gk = guide_key(owner, "sleep");
        let sealed = key.key().seal(&aad(7, &gk), &serde_json::to_vec(&progress).expect("json"));
        assert_eq!(open(owner, &gk, &sealed), Some(progress));
        assert_eq!(open(owner, &guide_key(owner, "other"), &sealed), None, "another guide's row");
        assert_eq!(open(Owner { user_id: 8, key: &key }, &gk, &sealed), None, "another reader");
        assert_ne!(gk, guide_key(Owner { user_id: 7, key: &DiaryKey::random() }, "sleep"), "keyed per reader");
    }
}
