-- NewsTreaty schema step 0008 (postgres): claim_events carries its claim's first-seen date too. See the
-- sqlite script of the same step for why.

ALTER TABLE claim_events ADD COLUMN "FirstSeenUtc" timestamp with time zone NOT NULL DEFAULT '-infinity';
UPDATE claim_events SET "FirstSeenUtc" = c."FirstSeenUtc" FROM claims AS c WHERE c."Id" = claim_events."ClaimId";

DROP INDEX "IX_claim_events_EventId";
CREATE INDEX "IX_claim_events_EventId_FirstSeenUtc_ClaimId" ON claim_events ("EventId", "FirstSeenUtc", "ClaimId");

CREATE OR REPLACE FUNCTION claims_first_seen_to_subjects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim_subjects SET "FirstSeenUtc" = NEW."FirstSeenUtc" WHERE "ClaimId" = NEW."Id";
    UPDATE claim_events SET "FirstSeenUtc" = NEW."FirstSeenUtc" WHERE "ClaimId" = NEW."Id";
    RETURN NULL;
END
$$;

-- The function of step 0006 copies the claim's date onto any row with a "ClaimId".
CREATE TRIGGER claim_events_first_seen BEFORE INSERT ON claim_events
    FOR EACH ROW EXECUTE FUNCTION claim_subjects_first_seen();
