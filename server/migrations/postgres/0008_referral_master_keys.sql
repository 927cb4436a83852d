-- Versioned master keys for referrals. Each referral's own key is sealed under a master key; `key_id` says
-- which. NULL is the first master key, derived from the server secret; any other master key is random, kept
-- here sealed under a key derived from the server secret, and replaced by `waymark keys rotate-referral-key`,
-- which re-seals every referral's key under a new one and deletes the old.
CREATE TABLE referral_master_keys (
    id BIGSERIAL PRIMARY KEY,
    sealed BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
ALTER TABLE referrals ADD COLUMN key_id BIGINT REFERENCES referral_master_keys (id);
CREATE INDEX referrals_key ON referrals (key_id);
