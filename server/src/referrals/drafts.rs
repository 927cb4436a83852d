//! Keeping a visitor's answers: sealed in `referral_drafts` under their session (so nothing is kept in the
//! browser), pre-filled for a signed-in person from their last request, and a session started for a visitor who
//! has none when they first answer.

use super::{draft::Draft, draft::Sent, json, new_reference, open_details, store, ReferralError, ReferralKeys};
use crate::{
    auth::{
        session::{self, Stage},
        store::UserRow,
        Audience,
    },
    crypto::token_hash,
    db::{Db, DbError},
};
use app::models::{account::Device, partners::JourneyKind, request::ForWhom};

/// Whose answers these are: the visitor's session (if they have one) and their account (if signed in).
#[derive(Clone, Copy, Default)]
pub struct Owner<'a> {
    /// The session's token hash.
    pub session: Option<&'a [u8]>,
    pub user: Option<&'a UserRow>,
}

/// The draft kept in the session `token_hash`, or a blank one.
async fn open(db: &Db, keys: &ReferralKeys, token_hash: &[u8]) -> Result<Draft, DbError> {
    let sealed = store::draft(db, token_hash).await?;
    // A draft that cannot be opened (sealed before the server secret changed, say) starts afresh: the visitor
    // answers again rather than being stopped.
    Ok(sealed
        .and_then(|s| keys.draft.open(token_hash, &s).ok())
        .and_then(|plain| serde_json::from_slice(&plain).ok())
        .unwrap_or_default())
}

/// A blank draft, with what a signed-in person already told us: who the request is usually for, and from
/// their last request how to reach them safely and their language.
pub async fn prefilled(db: &Db, keys: &ReferralKeys, user: Option<&UserRow>) -> Result<Draft, ReferralError> {
    let Some(user) = user else { return Ok(Draft::default()) };
    let mut draft = Draft::default();
    if let Some(audience) = user.audience {
        draft.for_whom = Some(if audience == Audience::Supporter { ForWhom::Someone } else { ForWhom::Me });
    }
    let earlier = store::by_referrer(db, user.id).await?;
    // A last request that cannot be opened pre-fills nothing; the person simply answers again.
    // Only the person's own earlier request: never the details of someone a partner's worker referred.
    let last = earlier.first().and_then(|row| open_details(keys, row)).filter(|d| d.kind == JourneyKind::Request);
    match last {
        Some(last) => Ok(draft.carrying_over(last)),
        None => Ok(draft),
    }
}

/// The visitor's answers so far: their draft, or a pre-filled one when they have none.
pub async fn current(db: &Db, keys: &ReferralKeys, owner: Owner<'_>) -> Result<Draft, ReferralError> {
    let Some(session) = owner.session else { return Ok(Draft::default()) };
    let draft = open(db, keys, session).await?;
    if draft != Draft::default() {
        return Ok(draft);
    }
    prefilled(db, keys, owner.user).await
}

/// The answers to go on with: as [`current`], except that after a request was sent a new one starts afresh.
pub async fn answering(db: &Db, keys: &ReferralKeys, owner: Owner<'_>) -> Result<Draft, ReferralError> {
    let draft = current(db, keys, owner).await?;
    if draft.sent.is_some() {
        return prefilled(db, keys, owner.user).await;
    }
    Ok(draft)
}

/// Keeps the answers in the visitor's session. A visitor without one gets a new session holding the answers,
/// both written in one transaction; its token (for the cookie) is returned.
pub async fn save(
    db: &Db,
    keys: &ReferralKeys,
    session: Option<&[u8]>,
    draft: &Draft,
    device: &Device,
    now: i64,
) -> Result<Option<String>, ReferralError> {
    let plain = json(draft)?;
    if let Some(hash) = session {
        store::put_draft(db, hash, &keys.draft.seal(hash, &plain), now).await?;
        return Ok(None);
    }
    let mut tx = db.begin().await?;
    let token = session::start(&mut tx, None, Stage::Journey, None, device, now).await?;
    let hash = token_hash(&token);
    store::put_draft(&mut tx, &hash, &keys.draft.seal(&hash, &plain), now).await?;
    tx.commit().await?;
    Ok(Some(token))
}

/// From "check your answers" on, Continue comes back there: notes that in the draft (once).
pub async fn start_review(
    db: &Db,
    keys: &ReferralKeys,
    session: Option<&[u8]>,
    draft: &mut Draft,
    now: i64,
) -> Result<(), ReferralError> {
    if draft.reviewing {
        return Ok(());
    }
    draft.reviewing = true;
    if let Some(hash) = session {
        store::put_draft(db, hash, &keys.draft.seal(hash, &json(draft)?), now).await?;
    }
    Ok(())
}

/// For a request that only a program would send (the hidden field was filled): the confirmation shows a
/// reference as if it had been sent, and nothing is kept.
pub async fn pretend_sent(db: &Db, keys: &ReferralKeys, session: &[u8], now: i64) -> Result<(), ReferralError> {
    let sent = Sent { reference: new_reference(), service: String::new(), suggestions: vec![] };
    store::put_draft(db, session, &keys.draft.seal(session, &json(&Draft::just_sent(sent))?), now).await?;
    Ok(())
}
