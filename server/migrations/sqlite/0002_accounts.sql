-- Accounts, two-factor sign-in, sessions and sign-in throttling.

-- An account. The sign-in name is not stored: `name_key` is a keyed fingerprint of it, and `login_locator` is
-- Argon2id of the password salted by the name (see server/src/auth/password.rs).
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    role TEXT NOT NULL CHECK (role IN ('member', 'staff', 'admin')),
    audience TEXT CHECK (audience IN ('self', 'supporter')),
    name_key BLOB NOT NULL,
    login_locator BLOB UNIQUE,
    email_sealed BLOB,
    display_name TEXT,
    service_id TEXT,
    totp_secret_sealed BLOB,
    totp_last_step BIGINT,
    created_at BIGINT NOT NULL,
    password_changed_at BIGINT NOT NULL
);
CREATE INDEX users_name_key ON users (name_key);

-- Single-use recovery codes, stored as keyed fingerprints.
CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL UNIQUE,
    used_at BIGINT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- Sessions, found by the SHA-256 of their cookie token. Unsigned sessions carry an unfinished journey
-- (registration, for example), sealed.
CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN ('journey', 'second_factor', 'active')),
    journey_sealed BLOB,
    flash TEXT,
    device TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Failed sign-in attempts, by keyed fingerprint of the sign-in name or of the client address.
CREATE TABLE auth_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subject BLOB NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX auth_failures_subject ON auth_failures (subject, at);

CREATE TABLE auth_pauses (
    subject BLOB PRIMARY KEY NOT NULL,
    until BIGINT NOT NULL
);

-- One-time enrolment links for staff, by SHA-256 of their token.
CREATE TABLE staff_invites (
    token_hash BLOB PRIMARY KEY NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL
);
