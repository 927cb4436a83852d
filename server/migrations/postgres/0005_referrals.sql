-- Requests for support ("referrals"). What routing, queues and reports need is stored plainly and is coarse
-- (service, status, crime types, age band, dates); everything personal is sealed in `details_sealed` under a
-- key of its own, which is itself sealed under a key derived from the server secret (envelope encryption).

-- An unfinished request, sealed, tied to the visitor's session and gone with it.
CREATE TABLE referral_drafts (
    token_hash BYTEA PRIMARY KEY NOT NULL REFERENCES sessions (token_hash) ON DELETE CASCADE,
    sealed BYTEA NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE referrals (
    id BIGSERIAL PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    service TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'in_contact', 'supported', 'closed', 'transferred')),
    assigned_to BIGINT REFERENCES users (id) ON DELETE SET NULL,
    referrer_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    for_someone BOOLEAN NOT NULL,
    crime_types TEXT NOT NULL,
    age_band TEXT NOT NULL,
    key_sealed BYTEA NOT NULL,
    details_sealed BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE INDEX referrals_queue ON referrals (service, status, created_at);
CREATE INDEX referrals_referrer ON referrals (referrer_id);
CREATE INDEX referrals_closed ON referrals (closed_at);

-- What happened to a referral and who looked at it: the audit log. Notes are sealed with the referral's key.
CREATE TABLE referral_events (
    id BIGSERIAL PRIMARY KEY,
    referral_id BIGINT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    detail TEXT,
    note_sealed BYTEA,
    at BIGINT NOT NULL
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, at);
CREATE INDEX referral_events_at ON referral_events (at);

-- Anonymous requests sent, by keyed fingerprint of the client address, for rate limiting.
CREATE TABLE referral_sends (
    id BIGSERIAL PRIMARY KEY,
    subject BYTEA NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX referral_sends_subject ON referral_sends (subject, at);
