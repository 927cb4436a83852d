-- Partner organisations' workers. A worker is a `users` row of kind 'staff' with no `staff_role` (so every staff
-- extractor refuses them: no queue, no team, no figures), enrolled from a one-time link and signing in with two
-- factors like all staff, plus a row here naming their one organisation. A membership table rather than a new
-- role word: SQLite cannot change the CHECK on `users.role` or `users.staff_role`, and a table keeps the
-- organisation a real reference. What a worker may do (refer to their organisation's services, see the neutral
-- status of their own referrals) is decided from this row, never from the account alone.
CREATE TABLE partner_workers (
    user_id BIGINT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX partner_workers_organisation ON partner_workers (organisation_id);
