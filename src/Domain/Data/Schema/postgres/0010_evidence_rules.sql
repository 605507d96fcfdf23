-- NewsTreaty schema step 0010 (postgres): alias kinds, inferred attributions, attribution spans, quantity
-- magnitudes, and corroboration that leaves out appearances disputing a claim. See the sqlite script of the
-- same step for why.

-- The defaults stay, as on SQLite: rows written by set-based SQL (the corpus generator) are names and named claimants.
ALTER TABLE actor_aliases ADD COLUMN "Kind" character varying(40) NOT NULL DEFAULT 'Name';
ALTER TABLE claims ADD COLUMN "ClaimantInferred" boolean NOT NULL DEFAULT false;
ALTER TABLE claims ADD COLUMN "ClaimantNote" character varying(2000);
ALTER TABLE appearances ADD COLUMN "AttributionQuote" character varying(200);
ALTER TABLE appearances ADD COLUMN "AttributionStart" integer;
ALTER TABLE appearances ADD COLUMN "AttributionEnd" integer;
ALTER TABLE claim_quantities ALTER COLUMN "Value" DROP NOT NULL;
ALTER TABLE claim_quantities ADD COLUMN "Magnitude" character varying(40);

CREATE OR REPLACE FUNCTION claim_stats_refresh(claim_ids integer[]) RETURNS void LANGUAGE sql AS $$
    UPDATE claims c SET
        "FirstSeenUtc" = coalesce(s."FirstSeen", '-infinity'), "OutletCount" = coalesce(s."Outlets", 0), "OriginCount" = coalesce(s."Origins", 0)
    FROM (
        SELECT id, (SELECT min(ar."PublishedUtc") FROM appearances ap JOIN articles ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = id) AS "FirstSeen",
                   (SELECT count(DISTINCT ar."OutletId") FROM appearances ap JOIN articles ar ON ar."Id" = ap."ArticleId"
                    WHERE ap."ClaimId" = id AND ap."Role" <> 'Disputes') AS "Outlets",
                   (SELECT count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId")) FROM appearances ap JOIN articles ar ON ar."Id" = ap."ArticleId"
                    WHERE ap."ClaimId" = id AND ap."Role" <> 'Disputes') AS "Origins"
        FROM unnest(claim_ids) AS id
    ) AS s
    WHERE c."Id" = s.id;
$$;

DROP TRIGGER appearances_claim_stats ON appearances;
CREATE TRIGGER appearances_claim_stats AFTER INSERT OR DELETE OR UPDATE OF "ClaimId", "ArticleId", "Role" ON appearances
    FOR EACH ROW EXECUTE FUNCTION appearances_claim_stats();

-- Claims with a disputing appearance were over-counted until now: recount those.
SELECT claim_stats_refresh(ARRAY(SELECT DISTINCT "ClaimId" FROM appearances WHERE "Role" = 'Disputes'));
