-- NewsTreaty schema step 0013 (postgres): statistics the planner needs to choose between the two ways of answering
-- "claims with these words, newest first".
--
-- For a common word the best plan walks the (FirstSeenUtc, Id) index newest first and stops at the page; for a rare
-- word it is the GIN index's few matches, sorted. The planner picks by the word's estimated frequency, which ANALYZE
-- keeps for the most common lexemes of a tsvector column only (ten times the statistics target: 1,000 by default).
-- Any other word is estimated at half the least frequent one kept: on a million claims a word in 774 of them was
-- taken for one in 2,500, the index walk chosen, and 90,000 rows read for a page (0.85 s). With a target of 1,000,
-- up to 10,000 lexemes are kept and such words are estimated close to their true counts.
ALTER TABLE claims_fts ALTER COLUMN "Vector" SET STATISTICS 1000;
ALTER TABLE articles_fts ALTER COLUMN "Vector" SET STATISTICS 1000;
ANALYZE claims_fts;
ANALYZE articles_fts;
