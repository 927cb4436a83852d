-- Registrations and password resets asked for, by keyed fingerprint of the client address, of the sign-in
-- name, and one shared subject for all of them: each is limited per hour, counted here so the limits hold
-- across nodes. Rows older than the hour are deleted by housekeeping.
CREATE TABLE hash_requests (
    id BIGSERIAL PRIMARY KEY,
    subject BYTEA NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX hash_requests_subject ON hash_requests (subject, at);
