-- NewsTreaty schema step 0002 (postgres): where each article's reporting originates, so corroboration
-- can count independent origins in SQL. Existing articles start as their own origin; the importer
-- and editors recompute it from syndication and relay relations.
ALTER TABLE articles ADD "OriginOutletId" integer;
ALTER TABLE articles ADD CONSTRAINT "FK_articles_outlets_OriginOutletId" FOREIGN KEY ("OriginOutletId") REFERENCES outlets ("Id") ON DELETE SET NULL;
UPDATE articles SET "OriginOutletId" = "OutletId";
CREATE INDEX "IX_articles_OriginOutletId" ON articles ("OriginOutletId");
