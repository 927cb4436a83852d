-- Leases: which node runs a cluster-wide task (daily housekeeping, say) until when. A node takes a lease only
-- when nobody holds it or it has run out, so each task runs on one node at a time.
CREATE TABLE leases (
    name TEXT PRIMARY KEY NOT NULL,
    holder TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- The key-value table that held when tasks last ran is replaced by leases.
DROP TABLE app_meta;
