-- What came of a referral. The categories of need recorded at first contact (coarse ids from content/needs.toml)
-- and, at closure, the outcome of each (improved / not_improved / not_assessed) with a reason from a fixed list;
-- the support plan is sealed with the referral's key, like notes; the closure records any onward referral (kind
-- and, for a directory service, its slug). Feedback is kept apart from the referral it is about: only the service
-- and the month it was given, so it cannot be joined back to a person; `referral_feedback_given` only stops a
-- second answer for the same referral.
CREATE TABLE referral_needs (
    referral_id BIGINT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    need TEXT NOT NULL,
    outcome TEXT,
    reason TEXT,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (referral_id, need)
);

CREATE TABLE referral_plans (
    referral_id BIGINT PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
    plan_sealed BLOB NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE referral_closures (
    referral_id BIGINT PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
    onward TEXT NOT NULL,
    onward_service TEXT,
    closed_at BIGINT NOT NULL
);
CREATE INDEX referral_closures_at ON referral_closures (closed_at);

CREATE TABLE referral_feedback_given (
    referral_id BIGINT PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE
);

CREATE TABLE service_feedback (
    service TEXT NOT NULL,
    month TEXT NOT NULL,
    easy TEXT NOT NULL,
    listened TEXT NOT NULL,
    recommend TEXT NOT NULL
);
CREATE INDEX service_feedback_month ON service_feedback (month);
