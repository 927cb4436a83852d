-- Staff are disabled, never deleted, so that what they did stays attributed to them. Their sign-ins, failed
-- sign-ins and second-factor resets, and who disabled or re-enabled them, are recorded: which account, what,
-- who did it (an administrator, or NULL for the account itself) and when; nothing else (no address, no name).
ALTER TABLE users ADD COLUMN disabled_at BIGINT;
CREATE TABLE staff_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id BIGINT NOT NULL REFERENCES users (id),
    actor_id BIGINT REFERENCES users (id),
    action TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX staff_events_at ON staff_events (at);
