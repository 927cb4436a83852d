-- Sign-in that reveals nothing and cannot be out-guessed.

-- Several accounts may share a sign-in name and password: the second factor (or a recovery code) tells them
-- apart, so nothing ever answers "already in use". `locator` replaces `login_locator`, whose UNIQUE constraint
-- SQLite cannot drop; the old column stays empty.
ALTER TABLE users ADD COLUMN locator BLOB;
UPDATE users SET locator = login_locator, login_locator = NULL;
CREATE INDEX users_locator ON users (locator);

-- Wrong codes entered since the account last signed in: at 20, code entry closes until the password is reset
-- with a recovery code. `code_closed_at` says when it closed, so the owner is told at their next sign-in.
ALTER TABLE users ADD COLUMN code_failures BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN code_closed_at BIGINT;

-- Which key-encryption key a diary key wrapping is under: 1 = Argon2id of the secret alone (before this
-- migration), 2 = Argon2id mixed with a key derived from the server secret. Version 1 wrappings are replaced
-- at the owner's next sign-in.
ALTER TABLE diary_keys ADD COLUMN kek_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE recovery_codes ADD COLUMN kek_version BIGINT NOT NULL DEFAULT 1;
