-- Reading progress and check-ins for signed-in readers, sealed under their diary key like the diary itself:
-- which guides someone reads, and how they answered, is as private as what they write.

CREATE TABLE guide_progress (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    guide_key BYTEA NOT NULL,
    sealed BYTEA NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, guide_key)
);
CREATE INDEX guide_progress_recent ON guide_progress (user_id, updated_at DESC);

CREATE TABLE check_ins (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    sealed BYTEA NOT NULL
);
CREATE INDEX check_ins_user ON check_ins (user_id, created_at DESC);
