-- NewsTreaty schema step 0003 (postgres): GIN expression indexes for claim, actor, event and article search.
-- Outside the EF model (EF does not describe expression indexes here); queries must use exactly these
-- expressions, see Reading/FullText.cs. The 'english' configuration stems, so "treaties" finds "treaty".
CREATE INDEX "IX_fts_claims" ON claims USING gin (to_tsvector('english', "Text"));
CREATE INDEX "IX_fts_appearances" ON appearances USING gin (to_tsvector('english', "Quote"));
CREATE INDEX "IX_fts_actors" ON actors USING gin (to_tsvector('english', "Name"));
CREATE INDEX "IX_fts_actor_aliases" ON actor_aliases USING gin (to_tsvector('english', "Name"));
CREATE INDEX "IX_fts_events" ON events USING gin (to_tsvector('english', "Title" || ' ' || "Summary"));
CREATE INDEX "IX_fts_articles" ON articles USING gin (to_tsvector('english', "Headline" || ' ' || coalesce("Standfirst", '') || ' ' || coalesce("Summary", '')));
