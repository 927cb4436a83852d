-- The private diary. Every entry is sealed under its owner's diary key; the key itself is stored only wrapped:
-- under a key derived from the password, under each recovery code, and (while signed in) under each session's
-- token, of which the database keeps only a hash.

CREATE TABLE diary_keys (
    user_id BIGINT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    password_salt BYTEA NOT NULL,
    wrapped_by_password BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

ALTER TABLE recovery_codes ADD COLUMN diary_salt BYTEA;
ALTER TABLE recovery_codes ADD COLUMN diary_key_wrapped BYTEA;
ALTER TABLE sessions ADD COLUMN diary_key_wrapped BYTEA;

CREATE TABLE diary_entries (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entry_day BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    sealed BYTEA NOT NULL
);
CREATE INDEX diary_entries_user_day ON diary_entries (user_id, entry_day DESC, id DESC);
