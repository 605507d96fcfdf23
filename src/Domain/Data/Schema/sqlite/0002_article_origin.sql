-- NewsTreaty schema step 0002 (sqlite): where each article's reporting originates, so corroboration
-- can count independent origins in SQL. Existing articles start as their own origin; the importer
-- and editors recompute it from syndication and relay relations.
ALTER TABLE "articles" ADD COLUMN "OriginOutletId" INTEGER NULL REFERENCES "outlets" ("Id") ON DELETE SET NULL;
UPDATE "articles" SET "OriginOutletId" = "OutletId";
CREATE INDEX "IX_articles_OriginOutletId" ON "articles" ("OriginOutletId");
