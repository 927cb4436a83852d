-- Following a request without an account, and automatic referrals from other systems through the API.

-- A way for someone who sent a request without an account to check on it: the neutral reference plus a random
-- passphrase shown once. Only a keyed hash of the passphrase is kept (the key is derived from the server
-- secret); the row goes with the request.
CREATE TABLE referral_followers (
    referral_id BIGINT PRIMARY KEY NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    passphrase_hash BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

-- Keys for /api/v1, one organisation each, created and revoked by the operator. Only a keyed hash of a key is
-- kept; `prefix` (the first characters after `wmk_`) lets people tell keys apart on the page.
CREATE TABLE api_keys (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    prefix TEXT NOT NULL,
    key_hash BYTEA NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    revoked_at BIGINT,
    revoked_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX api_keys_organisation ON api_keys (organisation_id);

-- Every call to /api/v1/referrals, recorded before it is judged (so the per-key limit counts calls sent all at
-- once): which key (NULL when none was recognised), when, what came of it and the reference if a request was
-- made. Nothing personal.
CREATE TABLE api_calls (
    id BIGSERIAL PRIMARY KEY,
    api_key_id BIGINT REFERENCES api_keys (id) ON DELETE SET NULL,
    at BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    status BIGINT NOT NULL,
    reference TEXT
);
CREATE INDEX api_calls_key ON api_calls (api_key_id, at);

-- What an `Idempotency-Key` has already made, per API key: the first request to claim a key (the primary key
-- decides, even for retries sent at the same moment) stores its answer here in the same transaction as the
-- referral; a retry with the same body gets that answer again. The client's key is kept only as a keyed hash.
CREATE TABLE api_idempotency (
    api_key_id BIGINT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    key_hash BYTEA NOT NULL,
    body_hash BYTEA NOT NULL,
    status BIGINT NOT NULL,
    response TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (api_key_id, key_hash)
);
