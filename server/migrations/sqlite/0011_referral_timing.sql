-- What the service side needs to know about a referral's timing and place, stored plainly because it is coarse:
-- when the service promised to make contact (`due_at`, from the service's contact promise in working days),
-- when staff first recorded contact (`contacted_at`), and the area the person said they live in (`area`: a
-- borough id, "outside", or NULL when not asked or not said). Rows from before this migration have none.
ALTER TABLE referrals ADD COLUMN due_at BIGINT;
ALTER TABLE referrals ADD COLUMN contacted_at BIGINT;
ALTER TABLE referrals ADD COLUMN area TEXT;
CREATE INDEX referrals_due ON referrals (service, due_at);
