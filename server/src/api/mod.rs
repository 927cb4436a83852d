//! Automatic referrals from other systems (a police force's victim referral, say): `POST /api/v1/referrals`
//! with an organisation's key ([`keys`]). A call is recorded before it is judged (the per-key limit counts
//! calls sent at once; every call stays audited with its outcome and nothing personal); the body is checked
//! field by field ([`body`]); the referral is routed by the same rules as a person's own request, must go to a
//! service the organisation may refer to, and is sealed, stored with its audit entry and its alert, and marked
//! as sent through the API, in one transaction. An `Idempotency-Key` makes retries safe: the first call to
//! claim a key stores its answer in that same transaction, and any later call with the key gets that answer
//! again (or a problem, if its body differs), even when the calls arrive at the same moment.

pub mod body;
pub mod keys;
pub mod store;

use crate::{
    alerts,
    crypto::Key,
    dates,
    referrals::{self, draft::Draft, routing, store as referral_store, store::NewReferral, ReferralError},
    secret::ServerSecret,
    AppState,
};
use app::models::{referral::Action, request::AgeBand};
use body::FieldProblem;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// Calls one key may make in [`WINDOW_SECONDS`].
pub const CALLS_PER_WINDOW: i64 = 60;
pub const WINDOW_SECONDS: i64 = 60;
/// How long an idempotency key's answer is kept.
pub const IDEMPOTENCY_SECONDS: i64 = 24 * 60 * 60;
/// How long the record of calls is kept (each key's latest call is kept for as long as the key).
pub const KEEP_CALLS_SECONDS: i64 = 90 * 24 * 60 * 60;
/// The longest `Idempotency-Key` accepted.
const MAX_IDEMPOTENCY_KEY: usize = 255;

/// Keys for the API, derived from the server secret.
pub struct ApiKeys {
    /// Hashes of API keys.
    keys: Key,
    /// Hashes of clients' idempotency keys.
    idempotency: Key,
}

impl ApiKeys {
    pub fn derive(secret: &ServerSecret) -> ApiKeys {
        ApiKeys {
            keys: Key::derive(secret, "waymark/api/keys"),
            idempotency: Key::derive(secret, "waymark/api/idempotency"),
        }
    }

    fn hash_key(&self, key: &str) -> Vec<u8> {
        self.keys.fingerprint(key.as_bytes())
    }

    fn hash_idempotency(&self, api_key_id: i64, key: &str) -> Vec<u8> {
        self.idempotency.fingerprint(format!("{api_key_id}\n{key}").as_bytes())
    }
}

app::words! {
    /// What came of a call, as the audit of calls records it.
    pub enum Outcome {
        /// Recorded on arrival, before it is judged.
        Received = "received",
        Created = "created",
        /// A retry with an idempotency key answered with the first call's answer.
        Replayed = "replayed",
        Unauthorised = "unauthorised",
        RateLimited = "rate_limited",
        UnsupportedMediaType = "unsupported_media_type",
        InvalidJson = "invalid_json",
        InvalidBody = "invalid_body",
        InvalidIdempotencyKey = "invalid_idempotency_key",
        IdempotencyKeyReused = "idempotency_key_reused",
        NoService = "no_service",
        NotInScope = "not_in_scope",
    }
}

impl Outcome {
    /// The HTTP status a call with this outcome is answered with.
    pub fn status(self) -> u16 {
        match self {
            Outcome::Received | Outcome::Created => 201,
            Outcome::Replayed => 201,
            Outcome::Unauthorised => 401,
            Outcome::RateLimited => 429,
            Outcome::UnsupportedMediaType => 415,
            Outcome::InvalidJson | Outcome::InvalidIdempotencyKey => 400,
            Outcome::InvalidBody | Outcome::IdempotencyKeyReused | Outcome::NoService | Outcome::NotInScope => 422,
        }
    }
}

/// A call as it arrived.
pub struct Call<'a> {
    /// The key after `Bearer ` in `Authorization`.
    pub bearer: Option<&'a str>,
    pub idempotency_key: Option<&'a str>,
    /// Whether `Content-Type` is JSON.
    pub json: bool,
    pub body: &'a [u8],
}

/// The answer to a call.
#[derive(Debug)]
pub enum Answer {
    /// A referral was made (or, `replayed`, had been made by an earlier call with the same idempotency key).
    Created { status: u16, body: Value, replayed: bool },
    /// The call was refused: why, in words for the developer, and each problem with the body.
    Problem { outcome: Outcome, detail: String, errors: Vec<FieldProblem> },
}

impl Answer {
    fn problem(outcome: Outcome, detail: impl Into<String>) -> Answer {
        Answer::Problem { outcome, detail: detail.into(), errors: Vec::new() }
    }

    fn outcome(&self) -> Outcome {
        match self {
            Answer::Created { replayed: true, .. } => Outcome::Replayed,
            Answer::Created { .. } => Outcome::Created,
            Answer::Problem { outcome, .. } => *outcome,
        }
    }

    fn reference(&self) -> Option<&str> {
        match self {
            Answer::Created { body, .. } => body["reference"].as_str(),
            Answer::Problem { .. } => None,
        }
    }
}

/// JSON with every object's keys in order, so that the same content hashes the same however it was written.
fn canonical(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k.clone(), canonical(v))).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(canonical).collect()),
        other => other.clone(),
    }
}

fn body_hash(value: &Value) -> Vec<u8> {
    Sha256::digest(canonical(value).to_string().as_bytes()).to_vec()
}

/// An `Idempotency-Key` a client may send: 1 to 255 visible ASCII characters.
fn valid_idempotency_key(key: &str) -> bool {
    !key.is_empty() && key.len() <= MAX_IDEMPOTENCY_KEY && key.bytes().all(|b| b.is_ascii_graphic())
}

/// Answers a call: authenticates its key, records it, applies the key's limit, and judges it (see the module's
/// documentation). Every call ends with its outcome recorded.
pub async fn receive(state: &AppState, call: Call<'_>) -> Result<Answer, ReferralError> {
    let (db, now) = (&state.db, state.clock.now());
    let keys = ApiKeys::derive(&state.secret);
    let Some(key) = keys::authenticate(db, &keys, call.bearer).await? else {
        store::record_call(db, None, Outcome::Unauthorised.as_str(), 401, now).await?;
        return Ok(Answer::problem(Outcome::Unauthorised, "Send an API key as `Authorization: Bearer wmk_…`."));
    };
    let call_id = store::record_call(db, Some(key.id), Outcome::Received.as_str(), 0, now).await?;
    let answer = if store::calls_since(db, key.id, now - WINDOW_SECONDS).await? > CALLS_PER_WINDOW {
        Answer::problem(
            Outcome::RateLimited,
            format!("This key may make {CALLS_PER_WINDOW} calls a minute. Try again in a minute."),
        )
    } else {
        judge(state, &keys, &key, call_id, &call, now).await?
    };
    if answer.outcome() != Outcome::Created {
        let outcome = answer.outcome();
        store::finish_call(db, call_id, outcome.as_str(), outcome.status() as i64, answer.reference()).await?;
    }
    Ok(answer)
}

/// What an idempotency key already made, answered again; or a problem if this call's body differs.
fn replay(stored: (Vec<u8>, i64, String), body_hash: &[u8]) -> Answer {
    let (stored_hash, status, response) = stored;
    if stored_hash != body_hash {
        return Answer::problem(
            Outcome::IdempotencyKeyReused,
            "This Idempotency-Key was used for a different body. Use a new key for a new referral.",
        );
    }
    let body = serde_json::from_str(&response).unwrap_or(Value::Null);
    Answer::Created { status: status as u16, body, replayed: true }
}

async fn judge(
    state: &AppState,
    keys: &ApiKeys,
    key: &store::KeyRow,
    call_id: i64,
    call: &Call<'_>,
    now: i64,
) -> Result<Answer, ReferralError> {
    if !call.json {
        return Ok(Answer::problem(Outcome::UnsupportedMediaType, "Send the referral as `application/json`."));
    }
    let idempotency = match call.idempotency_key {
        Some(k) if valid_idempotency_key(k) => Some(keys.hash_idempotency(key.id, k)),
        Some(_) => {
            return Ok(Answer::problem(
                Outcome::InvalidIdempotencyKey,
                "An Idempotency-Key is 1 to 255 visible ASCII characters.",
            ))
        }
        None => None,
    };
    let Ok(value) = serde_json::from_slice::<Value>(call.body) else {
        return Ok(Answer::problem(Outcome::InvalidJson, "The body is not JSON."));
    };
    let hash = body_hash(&value);
    if let Some(idempotency) = &idempotency {
        if let Some(stored) = store::idempotent(&state.db, key.id, idempotency).await? {
            return Ok(replay(stored, &hash));
        }
    }
    let draft = match body::read(&value) {
        Ok(draft) => draft,
        Err(errors) => {
            let detail = "The referral has problems; each is listed in `errors`.".to_string();
            return Ok(Answer::Problem { outcome: Outcome::InvalidBody, detail, errors });
        }
    };
    let route = routing::route(&state.directory, &referrals::facts(&draft));
    let Some(service) = route.service else {
        return Ok(Answer::problem(
            Outcome::NoService,
            "No service here can take this referral (the person lives outside the area, or no local service takes \
             their age): give the person the national services' details instead.",
        ));
    };
    if !store::may_refer_to(&state.db, key.organisation_id, &service).await? {
        return Ok(Answer::problem(
            Outcome::NotInScope,
            format!("This referral would go to `{service}`, a service your organisation may not refer to."),
        ));
    }
    let made = Made { service: &service, organisation_id: key.organisation_id, call_id, now };
    let idempotent = idempotency.as_deref().map(|k| (key.id, k, hash.as_slice()));
    create(state, &draft, made, idempotent).await
}

/// Where a referral from the API goes and who sent it.
struct Made<'a> {
    service: &'a str,
    organisation_id: i64,
    call_id: i64,
    now: i64,
}

/// Seals and stores the referral with its audit entry, its alert, its source and the call's outcome, and claims
/// the idempotency key with the answer, in one transaction. A key claimed meanwhile by another call is answered
/// from that call instead, and nothing of this one is kept.
async fn create(
    state: &AppState,
    draft: &Draft,
    made: Made<'_>,
    idempotent: Option<(i64, &[u8], &[u8])>,
) -> Result<Answer, ReferralError> {
    let Made { service, organisation_id, call_id, now } = made;
    let reference = referrals::new_reference();
    let response = json!({
        "reference": reference,
        "service": service,
        "status": "received",
        "received_at": dates::iso8601(now),
    });
    let key = Key::random();
    let details_sealed = key.seal(format!("referral/{reference}").as_bytes(), &serde_json::to_vec(draft)?);
    let mut tx = state.db.begin().await?;
    if let Some((api_key_id, key_hash, body_hash)) = idempotent {
        if !store::claim(&mut tx, api_key_id, key_hash, body_hash, 201, &response.to_string(), now).await? {
            drop(tx);
            let stored = store::idempotent(&state.db, api_key_id, key_hash).await?;
            return Ok(stored.map(|s| replay(s, body_hash)).unwrap_or_else(|| {
                Answer::problem(Outcome::IdempotencyKeyReused, "This Idempotency-Key is in use. Try again.")
            }));
        }
    }
    let (key_id, master) = referrals::keys::current(&mut tx, &state.referral_keys).await?;
    let key_sealed = master.seal(reference.as_bytes(), key.bytes());
    let crimes = draft.crimes.clone().unwrap_or_default().join(",");
    let id = referral_store::insert(
        &mut tx,
        &NewReferral {
            reference: &reference,
            service,
            referrer_id: None,
            for_someone: false,
            crime_types: &crimes,
            age_band: draft.age_band.unwrap_or(AgeBand::RatherNotSay),
            area: referrals::area_word(draft.area),
            key_id,
            key_sealed: &key_sealed,
            details_sealed: &details_sealed,
            due_at: referrals::due_at(&state.holidays, state.directory.by_slug(service), now),
            now,
        },
    )
    .await?;
    store::mark_from_api(&mut tx, id, organisation_id).await?;
    referral_store::add_event(&mut tx, id, None, Action::Received, Some(service), None, now).await?;
    alerts::queue(&mut tx, &state.directory, service, alerts::Kind::Arrived, &reference, now).await?;
    store::finish_call(&mut tx, call_id, Outcome::Created.as_str(), 201, Some(&reference)).await?;
    tx.commit().await?;
    Ok(Answer::Created { status: 201, body: response, replayed: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_content_hashes_the_same_however_it_is_written() {
        let a: Value = serde_json::from_str(r#"{"b": [1, {"y": 2, "x": 1}], "a": "z"}"#).expect("json");
        let b: Value = serde_json::from_str(r#"{"a":"z","b":[1,{"x":1,"y":2}]}"#).expect("json");
        assert_eq!(body_hash(&a), body_hash(&b));
        let c: Value = serde_json::from_str(r#"{"a":"z","b":[{"x":1,"y":2},1]}"#).expect("json");
        assert_ne!(body_hash(&a), body_hash(&c), "order in a list matters");
    }

    #[test]
    fn idempotency_keys_are_visible_ascii_of_sensible_length() {
        assert!(valid_idempotency_key("8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assert!(!valid_idempotency_key(""));
        assert!(!valid_idempotency_key("has space"));
        assert!(!valid_idempotency_key("ünïcode"));
        assert!(!valid_idempotency_key(&"a".repeat(256)));
        assert!(valid_idempotency_key(&"a".repeat(255)));
    }

    #[test]
    fn hashes_of_keys_depend_on_the_api_key_and_the_server_secret() {
        let keys = ApiKeys::derive(&ServerSecret::for_tests());
        assert_ne!(keys.hash_idempotency(1, "k"), keys.hash_idempotency(2, "k"), "per API key");
        assert_ne!(keys.hash_key("wmk_a"), keys.hash_key("wmk_b"));
        assert_ne!(keys.hash_key("k"), keys.hash_idempotency(1, "k"));
    }

    #[test]
    fn every_outcome_but_arrival_has_the_status_the_openapi_document_lists() {
        let doc: Value = serde_json::from_str(include_str!("openapi.json")).expect("the OpenAPI document is JSON");
        let responses = &doc["paths"]["/api/v1/referrals"]["post"]["responses"];
        for outcome in Outcome::ALL.iter().filter(|o| **o != Outcome::Received) {
            let status = outcome.status().to_string();
            assert!(responses.get(&status).is_some(), "{outcome} answers {status}, which the document does not list");
        }
    }
}
