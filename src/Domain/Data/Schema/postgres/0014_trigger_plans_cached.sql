-- NewsTreaty schema step 0014 (postgres): the functions that triggers call on every written claim, appearance, actor
-- and alias keep their query plans.
--
-- They were SQL-language functions. Called from a trigger, such a function is not inlined, and PostgreSQL (before 18)
-- parses and plans its statement again on every call: for claim_stats_refresh, an UPDATE with three subqueries, that
-- was three quarters of its time (0.85 ms a call, of which the UPDATE itself ran for 0.19 ms, measured with
-- pg_stat_statements while creating claims). PL/pgSQL plans each statement once per connection and reuses the plan.
-- The bodies are unchanged.

CREATE OR REPLACE FUNCTION claim_stats_refresh(claim_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
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
END
$$;

CREATE OR REPLACE FUNCTION claims_fts_refresh(claim integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claims_fts ("Id", "Vector")
    SELECT c."Id", setweight(to_tsvector('english', c."Text"), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(a."Quote", ' ') FROM appearances a WHERE a."ClaimId" = c."Id"), '')), 'B')
    FROM claims c WHERE c."Id" = claim
    ON CONFLICT ("Id") DO UPDATE SET "Vector" = excluded."Vector";
END
$$;

CREATE OR REPLACE FUNCTION actors_fts_refresh(actor integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO actors_fts ("Id", "Vector")
    SELECT a."Id", setweight(to_tsvector('english', a."Name"), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(l."Name", ' ') FROM actor_aliases l WHERE l."ActorId" = a."Id"), '')), 'B')
    FROM actors a WHERE a."Id" = actor
    ON CONFLICT ("Id") DO UPDATE SET "Vector" = excluded."Vector";
END
$$;
