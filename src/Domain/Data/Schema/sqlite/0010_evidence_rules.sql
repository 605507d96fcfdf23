-- NewsTreaty schema step 0010 (sqlite): what the evidence rules of issue #14 need stored, and corroboration
-- that counts only appearances supporting a claim.
-- * actor_aliases."Kind": name, short name, title or role, metonym or description (AliasKind). Aliases stored
--   before this step were all treated as names, so they stay names; an editor re-kinds them.
-- * claims."ClaimantInferred"/"ClaimantNote": an attribution the text does not make by name, and why it is ours.
-- * appearances."Attribution*": the words next to a quotation that name its speaker.
-- * claim_quantities."Value" becomes optional and "Magnitude" holds "millions" when the text gives no number.
--   SQLite cannot drop NOT NULL in place, so the small table is rebuilt.
-- * The statistics triggers of step 0006 counted every appearance; an appearance that disputes a claim is no
--   corroboration, so outlet and origin counts now leave the "Disputes" role out (the first-seen date still
--   counts it: the claim was seen), and a change of role recomputes them.

ALTER TABLE "actor_aliases" ADD COLUMN "Kind" TEXT NOT NULL DEFAULT 'Name';
ALTER TABLE "claims" ADD COLUMN "ClaimantInferred" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "claims" ADD COLUMN "ClaimantNote" TEXT NULL;
ALTER TABLE "appearances" ADD COLUMN "AttributionQuote" TEXT NULL;
ALTER TABLE "appearances" ADD COLUMN "AttributionStart" INTEGER NULL;
ALTER TABLE "appearances" ADD COLUMN "AttributionEnd" INTEGER NULL;

CREATE TABLE "claim_quantities_0010" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_claim_quantities" PRIMARY KEY AUTOINCREMENT,
    "ClaimId" INTEGER NOT NULL,
    "Value" TEXT NULL,
    "Magnitude" TEXT NULL,
    "Unit" TEXT NOT NULL,
    "Approximate" INTEGER NOT NULL,
    "Text" TEXT NULL,
    CONSTRAINT "FK_claim_quantities_claims_ClaimId" FOREIGN KEY ("ClaimId") REFERENCES "claims" ("Id") ON DELETE CASCADE
);
INSERT INTO "claim_quantities_0010" ("Id", "ClaimId", "Value", "Magnitude", "Unit", "Approximate", "Text")
    SELECT "Id", "ClaimId", "Value", NULL, "Unit", "Approximate", "Text" FROM "claim_quantities";
DROP TABLE "claim_quantities";
ALTER TABLE "claim_quantities_0010" RENAME TO "claim_quantities";
CREATE INDEX "IX_claim_quantities_ClaimId" ON "claim_quantities" ("ClaimId");

DROP TRIGGER "appearances_claim_stats_insert";
DROP TRIGGER "appearances_claim_stats_delete";
DROP TRIGGER "appearances_claim_stats_update";
DROP TRIGGER "articles_claim_stats_update";
CREATE TRIGGER "appearances_claim_stats_insert" AFTER INSERT ON "appearances" BEGIN
    UPDATE "claims" SET ("FirstSeenUtc", "OutletCount", "OriginCount") = (
        SELECT coalesce(min(ar."PublishedUtc"), '0001-01-01 00:00:00'),
               count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN ar."OutletId" END),
               count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN coalesce(ar."OriginOutletId", ar."OutletId") END)
        FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = "claims"."Id")
    WHERE "Id" = new."ClaimId";
END;
CREATE TRIGGER "appearances_claim_stats_delete" AFTER DELETE ON "appearances" BEGIN
    UPDATE "claims" SET ("FirstSeenUtc", "OutletCount", "OriginCount") = (
        SELECT coalesce(min(ar."PublishedUtc"), '0001-01-01 00:00:00'),
               count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN ar."OutletId" END),
               count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN coalesce(ar."OriginOutletId", ar."OutletId") END)
        FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = "claims"."Id")
    WHERE "Id" = old."ClaimId";
END;
CREATE TRIGGER "appearances_claim_stats_update" AFTER UPDATE OF "ClaimId", "ArticleId", "Role" ON "appearances" BEGIN
    UPDATE "claims" SET ("FirstSeenUtc", "OutletCount", "OriginCount") = (
        SELECT coalesce(min(ar."PublishedUtc"), '0001-01-01 00:00:00'),
               count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN ar."OutletId" END),
               count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN coalesce(ar."OriginOutletId", ar."OutletId") END)
        FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = "claims"."Id")
    WHERE "Id" IN (old."ClaimId", new."ClaimId");
END;
CREATE TRIGGER "articles_claim_stats_update" AFTER UPDATE OF "PublishedUtc", "OutletId", "OriginOutletId" ON "articles" BEGIN
    UPDATE "claims" SET ("FirstSeenUtc", "OutletCount", "OriginCount") = (
        SELECT coalesce(min(ar."PublishedUtc"), '0001-01-01 00:00:00'),
               count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN ar."OutletId" END),
               count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN coalesce(ar."OriginOutletId", ar."OutletId") END)
        FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = "claims"."Id")
    WHERE "Id" IN (SELECT "ClaimId" FROM "appearances" WHERE "ArticleId" = new."Id");
END;

-- Claims with a disputing appearance were over-counted until now: recount those (and only those) set-based.
UPDATE "claims" SET "OutletCount" = s."Outlets", "OriginCount" = s."Origins"
FROM (
    SELECT ap."ClaimId" AS "ClaimId",
           count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN ar."OutletId" END) AS "Outlets",
           count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN coalesce(ar."OriginOutletId", ar."OutletId") END) AS "Origins"
    FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId"
    WHERE ap."ClaimId" IN (SELECT "ClaimId" FROM "appearances" WHERE "Role" = 'Disputes')
    GROUP BY ap."ClaimId"
) AS s
WHERE "claims"."Id" = s."ClaimId";
