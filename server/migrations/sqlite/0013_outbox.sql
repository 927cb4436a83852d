-- Alerts to services' shared inboxes, queued in the same transaction as what they announce (a request arriving,
-- a request transferred in, a request becoming overdue) and delivered by whichever node claims them first. A row
-- holds nothing personal: the service, what happened and the request's neutral reference. A row is claimed by
-- taking its lease (`lease_holder`, `lease_until`); it is kept until sent, retried with growing pauses
-- (`next_attempt_at`), and its last failure is kept as a short description with no personal data.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('arrived', 'transferred_in', 'overdue')),
    reference TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT,
    last_error_at BIGINT,
    lease_holder TEXT,
    lease_until BIGINT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
-- One overdue alert per request and service, however often the sweep runs.
CREATE UNIQUE INDEX outbox_overdue_once ON outbox (reference, service) WHERE kind = 'overdue';
