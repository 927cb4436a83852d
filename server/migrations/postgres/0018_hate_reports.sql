-- Hate incident reports made to a third-party reporting service rather than the police. They are requests in
-- the same `referrals` table (the same queue, alerts and audit log); these columns say what the return counts
-- and what the receiving service may do, in coarse plain words:
--   hate_strands: the national monitoring strands the person chose, as comma-separated words from
--                 race, religion, sexual-orientation, disability, transgender, other (NULL: not a hate report);
--   hate_police:  whether the person agreed to it going to the police: 'yes' (with their details), 'facts'
--                 (the facts only, anonymously), 'no'. Never assumed: a report without an answer is not sent.
ALTER TABLE referrals ADD COLUMN hate_strands TEXT;
ALTER TABLE referrals ADD COLUMN hate_police TEXT CHECK (hate_police IN ('yes', 'facts', 'no'));
CREATE INDEX referrals_hate ON referrals (created_at) WHERE hate_strands IS NOT NULL;
