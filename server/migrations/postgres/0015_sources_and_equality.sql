-- Where a referral came from, and the optional equality answers in the coarse form the commissioner's return
-- counts them in.
--
-- Partner organisations (a GP practice, a school, a housing provider, a community group, a police force's
-- victim referral system) are registered by the commissioner with the services they may refer to. Their
-- workers and their API keys belong to one organisation (tables added by the features that use them).
CREATE TABLE organisations (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    disabled_at BIGINT
);

CREATE TABLE organisation_services (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    service TEXT NOT NULL,
    PRIMARY KEY (organisation_id, service)
);

-- `web`: a person or their supporter filled in /request; `partner`: a partner organisation's worker on the
-- web; `api`: another system through /api/v1/referrals. Rows from before this migration came from the web.
ALTER TABLE referrals ADD COLUMN source TEXT NOT NULL DEFAULT 'web' CHECK (source IN ('web', 'partner', 'api'));
ALTER TABLE referrals ADD COLUMN organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL;
CREATE INDEX referrals_organisation ON referrals (organisation_id, created_at);

-- The optional equality answers (gender, ethnic group, sexual orientation, disability), one word each from a
-- fixed list, or NULL when not given. They are special category data, but coarse: the caseworker who opens the
-- request sees them in its sealed details anyway, and the return only ever shows them counted, with small
-- numbers suppressed. They are stored plainly so the return can count them, and go with the row when it is
-- deleted. Rows from before this migration have none (their answers stay only in the sealed details).
ALTER TABLE referrals ADD COLUMN eq_gender TEXT;
ALTER TABLE referrals ADD COLUMN eq_ethnicity TEXT;
ALTER TABLE referrals ADD COLUMN eq_sexuality TEXT;
ALTER TABLE referrals ADD COLUMN eq_disability TEXT;
