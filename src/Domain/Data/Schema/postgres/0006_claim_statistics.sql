-- NewsTreaty schema step 0006 (postgres): each claim's first appearance and corroboration, stored.
-- See the sqlite script of the same step for why. '-infinity' (what Npgsql reads as DateTime.MinValue)
-- means "not seen in any article yet". Triggers keep the columns exact whoever writes; the application
-- reads them and never writes them.

ALTER TABLE claims ADD COLUMN "FirstSeenUtc" timestamp with time zone NOT NULL DEFAULT '-infinity';
ALTER TABLE claims ADD COLUMN "OutletCount" integer NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN "OriginCount" integer NOT NULL DEFAULT 0;
ALTER TABLE claim_subjects ADD COLUMN "FirstSeenUtc" timestamp with time zone NOT NULL DEFAULT '-infinity';

UPDATE claims SET "FirstSeenUtc" = s."FirstSeen", "OutletCount" = s."Outlets", "OriginCount" = s."Origins"
FROM (
    SELECT ap."ClaimId", min(ar."PublishedUtc") AS "FirstSeen", count(DISTINCT ar."OutletId") AS "Outlets",
           count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId")) AS "Origins"
    FROM appearances ap JOIN articles ar ON ar."Id" = ap."ArticleId"
    GROUP BY ap."ClaimId"
) AS s
WHERE claims."Id" = s."ClaimId";
UPDATE claim_subjects SET "FirstSeenUtc" = c."FirstSeenUtc" FROM claims AS c WHERE c."Id" = claim_subjects."ClaimId";

DROP INDEX "IX_claims_ClaimantActorId";
DROP INDEX "IX_claim_subjects_ActorId";
CREATE INDEX "IX_claims_ClaimantActorId_FirstSeenUtc_Id" ON claims ("ClaimantActorId", "FirstSeenUtc", "Id");
CREATE INDEX "IX_claims_FirstSeenUtc_Id" ON claims ("FirstSeenUtc", "Id");
CREATE INDEX "IX_claims_OriginCount_Id" ON claims ("OriginCount" DESC, "Id");
CREATE INDEX "IX_claim_subjects_ActorId_FirstSeenUtc_ClaimId" ON claim_subjects ("ActorId", "FirstSeenUtc", "ClaimId");

CREATE FUNCTION claim_stats_refresh(claim_ids integer[]) RETURNS void LANGUAGE sql AS $$
    UPDATE claims c SET
        "FirstSeenUtc" = coalesce(s."FirstSeen", '-infinity'), "OutletCount" = coalesce(s."Outlets", 0), "OriginCount" = coalesce(s."Origins", 0)
    FROM (
        SELECT id, (SELECT min(ar."PublishedUtc") FROM appearances ap JOIN articles ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = id) AS "FirstSeen",
                   (SELECT count(DISTINCT ar."OutletId") FROM appearances ap JOIN articles ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = id) AS "Outlets",
                   (SELECT count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId")) FROM appearances ap JOIN articles ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = id) AS "Origins"
        FROM unnest(claim_ids) AS id
    ) AS s
    WHERE c."Id" = s.id;
$$;

CREATE FUNCTION appearances_claim_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM claim_stats_refresh(ARRAY[NEW."ClaimId"]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM claim_stats_refresh(ARRAY[OLD."ClaimId"]);
    ELSE
        PERFORM claim_stats_refresh(ARRAY[OLD."ClaimId", NEW."ClaimId"]);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER appearances_claim_stats AFTER INSERT OR DELETE OR UPDATE OF "ClaimId", "ArticleId" ON appearances
    FOR EACH ROW EXECUTE FUNCTION appearances_claim_stats();

CREATE FUNCTION articles_claim_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."PublishedUtc" IS DISTINCT FROM OLD."PublishedUtc" OR NEW."OutletId" IS DISTINCT FROM OLD."OutletId"
       OR NEW."OriginOutletId" IS DISTINCT FROM OLD."OriginOutletId" THEN
        PERFORM claim_stats_refresh(ARRAY(SELECT "ClaimId" FROM appearances WHERE "ArticleId" = NEW."Id"));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_claim_stats AFTER UPDATE OF "PublishedUtc", "OutletId", "OriginOutletId" ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_claim_stats();

CREATE FUNCTION claims_first_seen_to_subjects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim_subjects SET "FirstSeenUtc" = NEW."FirstSeenUtc" WHERE "ClaimId" = NEW."Id";
    RETURN NULL;
END
$$;
CREATE TRIGGER claims_first_seen_to_subjects AFTER UPDATE OF "FirstSeenUtc" ON claims
    FOR EACH ROW WHEN (NEW."FirstSeenUtc" IS DISTINCT FROM OLD."FirstSeenUtc") EXECUTE FUNCTION claims_first_seen_to_subjects();

CREATE FUNCTION claim_subjects_first_seen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."FirstSeenUtc" := coalesce((SELECT "FirstSeenUtc" FROM claims WHERE "Id" = NEW."ClaimId"), '-infinity');
    RETURN NEW;
END
$$;
CREATE TRIGGER claim_subjects_first_seen BEFORE INSERT ON claim_subjects
    FOR EACH ROW EXECUTE FUNCTION claim_subjects_first_seen();
