-- NewsTreaty schema step 0008 (sqlite): claim_events carries its claim's first-seen date too (as
-- claim_subjects does since step 0006), so an event's claims come newest first from one index: the
-- event record's newest claims, GET /api/v1/claims?event=…, and the related claims of a claim page
-- read a bounded index range instead of sorting every claim of a busy event.

ALTER TABLE "claim_events" ADD COLUMN "FirstSeenUtc" TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';
UPDATE "claim_events" SET "FirstSeenUtc" = c."FirstSeenUtc" FROM "claims" AS c WHERE c."Id" = "claim_events"."ClaimId";

DROP INDEX "IX_claim_events_EventId";
CREATE INDEX "IX_claim_events_EventId_FirstSeenUtc_ClaimId" ON "claim_events" ("EventId", "FirstSeenUtc", "ClaimId");

DROP TRIGGER "claims_first_seen_to_subjects";
CREATE TRIGGER "claims_first_seen_to_links" AFTER UPDATE OF "FirstSeenUtc" ON "claims" WHEN new."FirstSeenUtc" IS NOT old."FirstSeenUtc" BEGIN
    UPDATE "claim_subjects" SET "FirstSeenUtc" = new."FirstSeenUtc" WHERE "ClaimId" = new."Id";
    UPDATE "claim_events" SET "FirstSeenUtc" = new."FirstSeenUtc" WHERE "ClaimId" = new."Id";
END;
CREATE TRIGGER "claim_events_first_seen_insert" AFTER INSERT ON "claim_events" BEGIN
    UPDATE "claim_events" SET "FirstSeenUtc" = (SELECT "FirstSeenUtc" FROM "claims" WHERE "Id" = new."ClaimId")
    WHERE "ClaimId" = new."ClaimId" AND "EventId" = new."EventId";
END;
