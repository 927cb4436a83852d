//! Requests for support made through the portal ("referrals"): the journey's questions ([`journey`]), the
//! answers ([`draft`]), keeping them with the visitor's session ([`drafts`]), the answers in words
//! ([`summary`]), where a request goes ([`routing`]), sending it ([`submit`]) and storing it ([`store`]); staff's
//! work on it ([`triage`]) and what came of it ([`outcomes`]); the commissioner's return is in [`crate::returns`].
//!
//! Personal details are sealed with envelope encryption: each referral has its own random key, which seals
//! the details and staff notes; that key is sealed under a master key, whose id is stored beside it. The first
//! master key is derived from the server secret; [`keys::rotate`] replaces it with a random one (kept sealed
//! under the server secret) and re-seals every referral's key, after which the old master key is deleted. A
//! database dump alone reveals nothing personal, and deleting a referral's row destroys its key.

pub mod draft;
pub mod drafts;
pub mod journey;
pub mod keys;
pub mod outcomes;
pub mod postcode;
pub mod routing;
pub mod store;
pub mod summary;
pub mod triage;

use crate::{
    alerts,
    crypto::Key,
    db::{Db, DbError},
    deadlines::{self, Holidays},
    secret::ServerSecret,
    services::Directory,
};
use app::models::{
    partners::JourneyKind,
    referral::Action,
    request::{AgeBand, Area},
    service::Service,
};
use draft::{Draft, Sent};
use journey::Step;
use rand::Rng;
use serde::Serialize;
use store::{NewReferral, ReferralRow};

/// How many requests one client address may send in [`SEND_WINDOW_SECONDS`], unless configured otherwise.
pub const SENDS_PER_WINDOW: i64 = 5;
pub const SEND_WINDOW_SECONDS: i64 = 60 * 60;

/// Keys for referrals, derived from the server secret.
pub struct ReferralKeys {
    /// The first master key (a referral whose `key_id` is NULL has its own key sealed under it).
    kek: Key,
    /// Seals the later, random master keys kept in the database.
    masters: Key,
    /// Seals unfinished answers in a session.
    draft: Key,
    /// Fingerprints client addresses for rate limiting.
    sends: Key,
}

impl ReferralKeys {
    pub fn derive(secret: &ServerSecret) -> ReferralKeys {
        ReferralKeys {
            kek: Key::derive(secret, "waymark/referrals/kek"),
            masters: Key::derive(secret, "waymark/referrals/master-keys"),
            draft: Key::derive(secret, "waymark/referrals/draft"),
            sends: Key::derive(secret, "waymark/referrals/sends"),
        }
    }
}

/// Why an operation on a request, a referral or a draft failed.
#[derive(Debug, thiserror::Error)]
pub enum ReferralError {
    /// Its key could not be opened (the row was damaged, or the server secret changed).
    #[error("a referral's key could not be opened")]
    Unreadable,
    /// The answers could not be written as JSON (which plain data always can).
    #[error("the answers could not be written: {0}")]
    Unwritable(#[from] serde_json::Error),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Why a request was not sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Too many requests from one address within the hour.
    TooMany,
    /// A question is still unanswered.
    Incomplete,
    /// No service here can take the request (the journey shows where to turn instead).
    NoService,
}

/// Answers as JSON, for sealing.
fn json(answers: &impl Serialize) -> Result<Vec<u8>, ReferralError> {
    Ok(serde_json::to_vec(answers)?)
}

/// A neutral reference such as `K7QM-2XPD`: no letters that are easily confused, nothing about the request.
pub fn new_reference() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    let mut out = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            out.push('-');
        }
        out.push(ALPHABET[rng.gen_range(0..ALPHABET.len())] as char);
    }
    out
}

fn referral_key(keys: &ReferralKeys, row: &ReferralRow) -> Option<Key> {
    let master = keys::master(keys, row.key_id, row.master_sealed.as_deref())?;
    keys::open_referral_key(&master, &row.reference, &row.key_sealed)
}

/// Opens a referral's personal details.
pub fn open_details(keys: &ReferralKeys, row: &ReferralRow) -> Option<Draft> {
    let key = referral_key(keys, row)?;
    let plain = key.open(format!("referral/{}", row.reference).as_bytes(), &row.details_sealed).ok()?;
    serde_json::from_slice(&plain).ok()
}

/// Seals a staff note with the referral's key.
pub fn seal_note(keys: &ReferralKeys, row: &ReferralRow, note: &str) -> Option<Vec<u8>> {
    let key = referral_key(keys, row)?;
    Some(key.seal(format!("note/{}", row.reference).as_bytes(), note.as_bytes()))
}

/// Opens a staff note sealed with the referral's key.
pub fn open_note(keys: &ReferralKeys, row: &ReferralRow, sealed: &[u8]) -> Option<String> {
    let key = referral_key(keys, row)?;
    let plain = key.open(format!("note/{}", row.reference).as_bytes(), sealed).ok()?;
    String::from_utf8(plain.to_vec()).ok()
}

/// What routing needs from a draft.
pub fn facts(draft: &Draft) -> routing::Facts {
    routing::Facts {
        crimes: draft.crimes.clone().unwrap_or_default(),
        ages: draft.ages(),
        place: routing::Place::of(draft.area),
        bsl: draft.wants_bsl(),
    }
}

/// The draft with [`Draft::no_service`] worked out: once age, what happened and where are answered, whether
/// any service here can take the request.
pub fn with_route(directory: &Directory, mut draft: Draft) -> Draft {
    let routable = draft.age_band.is_some() && draft.crimes.is_some() && draft.area.is_some();
    draft.no_service = routable && routing::route(directory, &facts(&draft)).service.is_none();
    draft
}

/// What is stored in `referrals.area`: the borough's id, `outside`, or nothing when not said.
pub(crate) fn area_word(area: Option<Area>) -> Option<&'static str> {
    match area {
        Some(Area::Outside) => Some("outside"),
        Some(a) => a.borough().map(|b| b.as_str()),
        None => None,
    }
}

/// Who is sending a request, for the record and for the hourly limit.
pub struct Sender<'a> {
    /// The session whose draft is sent (and then shows the confirmation).
    pub session: &'a [u8],
    /// The signed-in account that sends it, if any.
    pub referrer_id: Option<i64>,
    /// The client's address (only a keyed fingerprint of it is stored).
    pub address: &'a str,
    /// How many requests one address may send in [`SEND_WINDOW_SECONDS`].
    pub sends_per_window: i64,
}

/// When contact with a request arriving at `now` at `service` is due: the service's declared promise in working
/// days, or [`deadlines::DEFAULT_WORKING_DAYS`] for a service that declares none.
pub fn due_at(holidays: &Holidays, service: Option<&Service>, now: i64) -> i64 {
    let days = service.and_then(|s| s.contact_within_working_days).unwrap_or(deadlines::DEFAULT_WORKING_DAYS);
    deadlines::due_at(holidays, now, days)
}

/// How a request arrives: where from, and where it may go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Via {
    /// The public journey (`/request`).
    Web,
    /// A partner organisation's worker: routed by the same rules, but only ever to a service the organisation
    /// may refer to (otherwise not sent).
    Partner { organisation_id: i64, organisation: String, allowed: Vec<String> },
    /// A hate incident report: to the third-party reporting service, with its strands and what may go to the
    /// police stored plainly for the return and the service.
    Hate { service: String },
}

impl Via {
    /// The journey a request sent this way is made in.
    pub fn kind(&self) -> JourneyKind {
        match self {
            Via::Web => JourneyKind::Request,
            Via::Partner { .. } => JourneyKind::Partner,
            Via::Hate { .. } => JourneyKind::Hate,
        }
    }
}

/// Where a request sent `via` goes, or `None` when it may go nowhere: the routed service (for a partner, only
/// if the organisation may refer to it), or the reporting service for a hate incident report.
pub fn destination(directory: &Directory, draft: &Draft, via: &Via) -> (Option<String>, Vec<String>) {
    match via {
        Via::Hate { service } => {
            (directory.by_slug(service).filter(|s| s.receives_referrals).map(|s| s.slug.clone()), vec![])
        }
        Via::Web => {
            let route = routing::route(directory, &facts(draft));
            (route.service, route.suggestions)
        }
        Via::Partner { allowed, .. } => {
            let route = routing::route(directory, &facts(draft));
            (route.service.filter(|s| allowed.contains(s)), route.suggestions)
        }
    }
}

/// Sends a completed request from the public journey (see [`submit_via`]).
#[allow(clippy::too_many_arguments)]
pub async fn submit(
    db: &Db,
    keys: &ReferralKeys,
    directory: &Directory,
    holidays: &Holidays,
    draft: &Draft,
    sender: Sender<'_>,
    now: i64,
) -> Result<Result<Sent, Refusal>, ReferralError> {
    submit_via(db, keys, directory, holidays, draft, sender, now, &Via::Web).await
}

/// Sends a completed request: routes it, seals the details, stores it with its due time and its audit entry,
/// queues the alert to the service's inbox, counts it against the sender's address and leaves the confirmation
/// in the sender's draft, all in one transaction. Returns what the confirmation shows, or why the request was
/// not sent.
#[allow(clippy::too_many_arguments)]
pub async fn submit_via(
    db: &Db,
    keys: &ReferralKeys,
    directory: &Directory,
    holidays: &Holidays,
    draft: &Draft,
    sender: Sender<'_>,
    now: i64,
    via: &Via,
) -> Result<Result<Sent, Refusal>, ReferralError> {
    if journey::first_unanswered(draft) != Step::Check {
        return Ok(Err(Refusal::Incomplete));
    }
    let Sender { session, referrer_id, address, sends_per_window } = sender;
    let subject = keys.sends.fingerprint(address.as_bytes());
    let (service, suggestions) = destination(directory, draft, via);
    let Some(service) = service else { return Ok(Err(Refusal::NoService)) };
    let reference = new_reference();
    let key = Key::random();
    let mut details = Draft { reviewing: false, ..draft.clone() };
    if let Via::Partner { organisation, .. } = via {
        details.partner.organisation = organisation.clone();
    }
    let details_sealed = key.seal(format!("referral/{reference}").as_bytes(), &json(&details)?);
    let crimes = draft.crimes.clone().unwrap_or_default().join(",");
    let sent = Sent { reference, service, suggestions };
    let confirmation = keys.draft.seal(session, &json(&Draft::just_sent(sent.clone()))?);

    let mut tx = db.begin().await?;
    if store::count_sends(&mut tx, &subject, now - SEND_WINDOW_SECONDS).await? >= sends_per_window {
        return Ok(Err(Refusal::TooMany));
    }
    let (key_id, master) = keys::current(&mut tx, keys).await?;
    let key_sealed = master.seal(sent.reference.as_bytes(), key.bytes());
    let id = store::insert(
        &mut tx,
        &NewReferral {
            reference: &sent.reference,
            service: &sent.service,
            referrer_id,
            for_someone: draft.for_someone(),
            crime_types: &crimes,
            age_band: draft.age_band.unwrap_or(AgeBand::RatherNotSay),
            area: area_word(draft.area),
            key_id,
            key_sealed: &key_sealed,
            details_sealed: &details_sealed,
            due_at: due_at(holidays, directory.by_slug(&sent.service), now),
            now,
        },
    )
    .await?;
    store::record_equality(&mut tx, id, draft.equality.words()).await?;
    match via {
        Via::Web => {}
        Via::Partner { organisation_id, .. } => {
            crate::organisations::store::mark_partner(&mut tx, id, *organisation_id).await?
        }
        Via::Hate { .. } => crate::hate::store::mark_report(&mut tx, id, &draft.hate).await?,
    }
    store::add_event(&mut tx, id, None, Action::Received, Some(&sent.service), None, now).await?;
    alerts::queue(&mut tx, directory, &sent.service, alerts::Kind::Arrived, &sent.reference, now).await?;
    store::record_send(&mut tx, &subject, now).await?;
    store::put_draft(&mut tx, session, &confirmation, now).await?;
    tx.commit().await?;
    Ok(Ok(sent))
}
