-- NewsTreaty schema step 0006 (sqlite): each claim's first appearance and corroboration, stored.
-- Lists sort claims newest first and by corroboration, and filter them by date and by independent
-- sources. Computing those per request (a MIN and two COUNT(DISTINCT) over appearances joined to
-- articles, for every candidate claim) made a million-claim list take seconds. The database now keeps
-- them on the claim, and copies the date onto claim_subjects so an actor's claims come newest first
-- from one index. Triggers keep them exact whoever writes: the API, the editor, an import, the
-- generator. The application reads these columns and never writes them.
-- "0001-01-01 00:00:00" (DateTime.MinValue as EF Core stores it) means "not seen in any article yet".

ALTER TABLE "claims" ADD COLUMN "FirstSeenUtc" TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';
ALTER TABLE "claims" ADD COLUMN "OutletCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "claims" ADD COLUMN "OriginCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "claim_subjects" ADD COLUMN "FirstSeenUtc" TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';

-- Existing rows, in two set-based statements (a million claims take seconds, not minutes).
UPDATE "claims" SET "FirstSeenUtc" = s."FirstSeen", "OutletCount" = s."Outlets", "OriginCount" = s."Origins"
FROM (
    SELECT ap."ClaimId" AS "ClaimId", min(ar."PublishedUtc") AS "FirstSeen", count(DISTINCT ar."OutletId") AS "Outlets",
           count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId")) AS "Origins"
    FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId"
    GROUP BY ap."ClaimId"
) AS s
WHERE "claims"."Id" = s."ClaimId";
UPDATE "claim_subjects" SET "FirstSeenUtc" = c."FirstSeenUtc" FROM "claims" AS c WHERE c."Id" = "claim_subjects"."ClaimId";

DROP INDEX "IX_claims_ClaimantActorId";
DROP INDEX "IX_claim_subjects_ActorId";
CREATE INDEX "IX_claims_ClaimantActorId_FirstSeenUtc_Id" ON "claims" ("ClaimantActorId", "FirstSeenUtc", "Id");
CREATE INDEX "IX_claims_FirstSeenUtc_Id" ON "claims" ("FirstSeenUtc", "Id");
CREATE INDEX "IX_claims_OriginCount_Id" ON "claims" ("OriginCount" DESC, "Id");
CREATE INDEX "IX_claim_subjects_ActorId_FirstSeenUtc_ClaimId" ON "claim_subjects" ("ActorId", "FirstSeenUtc", "ClaimId");

-- Recomputing one claim's statistics is one aggregate over its few appearances (no appearances: one row of
-- NULL and zeros, hence the coalesce).
CREATE TRIGGER "appearances_claim_stats_insert" AFTER INSERT ON "appearances" BEGIN
    UPDATE "claims" SET ("FirstSeenUtc", "OutletCount", "OriginCount") = (
        SELECT coalesce(min(ar."PublishedUtc"), '0001-01-01 00:00:00'), count(DISTINCT ar."OutletId"), count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId"))
        FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = "claims"."Id")
    WHERE "Id" = new."ClaimId";
END;
CREATE TRIGGER "appearances_claim_stats_delete" AFTER DELETE ON "appearances" BEGIN
    UPDATE "claims" SET ("FirstSeenUtc", "OutletCount", "OriginCount") = (
        SELECT coalesce(min(ar."PublishedUtc"), '0001-01-01 00:00:00'), count(DISTINCT ar."OutletId"), count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId"))
        FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = "claims"."Id")
    WHERE "Id" = old."ClaimId";
END;
CREATE TRIGGER "appearances_claim_stats_update" AFTER UPDATE OF "ClaimId", "ArticleId" ON "appearances" BEGIN
    UPDATE "claims" SET ("FirstSeenUtc", "OutletCount", "OriginCount") = (
        SELECT coalesce(min(ar."PublishedUtc"), '0001-01-01 00:00:00'), count(DISTINCT ar."OutletId"), count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId"))
        FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = "claims"."Id")
    WHERE "Id" IN (old."ClaimId", new."ClaimId");
END;
-- An article re-dated, moved to another outlet or found to relay another outlet changes every claim it evidences.
CREATE TRIGGER "articles_claim_stats_update" AFTER UPDATE OF "PublishedUtc", "OutletId", "OriginOutletId" ON "articles" BEGIN
    UPDATE "claims" SET ("FirstSeenUtc", "OutletCount", "OriginCount") = (
        SELECT coalesce(min(ar."PublishedUtc"), '0001-01-01 00:00:00'), count(DISTINCT ar."OutletId"), count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId"))
        FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = "claims"."Id")
    WHERE "Id" IN (SELECT "ClaimId" FROM "appearances" WHERE "ArticleId" = new."Id");
END;
-- The date follows the claim onto its subject rows.
CREATE TRIGGER "claims_first_seen_to_subjects" AFTER UPDATE OF "FirstSeenUtc" ON "claims" WHEN new."FirstSeenUtc" IS NOT old."FirstSeenUtc" BEGIN
    UPDATE "claim_subjects" SET "FirstSeenUtc" = new."FirstSeenUtc" WHERE "ClaimId" = new."Id";
END;
CREATE TRIGGER "claim_subjects_first_seen_insert" AFTER INSERT ON "claim_subjects" BEGIN
    UPDATE "claim_subjects" SET "FirstSeenUtc" = (SELECT "FirstSeenUtc" FROM "claims" WHERE "Id" = new."ClaimId")
    WHERE "ClaimId" = new."ClaimId" AND "ActorId" = new."ActorId";
END;
