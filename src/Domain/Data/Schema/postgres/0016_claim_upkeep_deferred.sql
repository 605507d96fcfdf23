-- NewsTreaty schema step 0016 (postgres): a bulk write refreshes each claim's statistics and word vector once, at the
-- end, instead of once for every row that changes them; and the statistics are computed in one join, not three.
--
-- The triggers of steps 0006, 0007 and 0010 keep a claim's first-seen date and corroboration counts (claims) and its
-- word vector (claims_fts) exact on every write: each new appearance recomputed its claim's statistics and tokenised
-- the claim's text and quotations again, and each new claim was tokenised once before its quotations existed. In an
-- import of 2,000 claims that was about 0.7 s of the server's 1.1 s (pg_stat_statements, a million claims): 0.17 ms
-- of statistics and 0.12 ms of tokenising for each appearance, and 0.075 ms for each claim.
--
-- A bulk write now marks its own transaction with the setting newstreaty.claim_upkeep_deferred = 'on' (set_config
-- with is_local: it ends with the transaction, committed or not, and no other session sees it). While it is on, the
-- triggers below only note the claims they would have refreshed in claim_upkeep_pending, whose rows no other
-- transaction sees until this one commits. Before committing, the writer calls claim_upkeep_write(), which ends the
-- deferral and refreshes every noted claim once, set-based (ClaimUpkeep.WriteDeferredAsync). Without the setting
-- the triggers refresh at once, as before. SQLite does the same for its word indexes (its step 0014); its statistics
-- triggers are cheap in-process and stay immediate.

-- The statistics themselves: one join of the claims' appearances and articles, grouped, instead of three correlated
-- subqueries a claim that each joined them again; and a claim whose values stand is not rewritten (no dead row, no
-- index entries, no trigger). Same values: a claim without appearances gets '-infinity' and two zeros, appearances that
-- dispute it count for the date and not for corroboration. Measured in psql over a million claims, in rolled-back
-- transactions: 1,000 calls of one id each took 266-427 ms before and 72-73 ms after; one call of 2,000 ids 50-87 ms
-- and 38-39 ms. The plan stays generic (step 0015).
CREATE OR REPLACE FUNCTION claim_stats_refresh(claim_ids integer[]) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    UPDATE claims c SET "FirstSeenUtc" = s."FirstSeen", "OutletCount" = s."Outlets", "OriginCount" = s."Origins"
    FROM (
        SELECT id, coalesce(min(ar."PublishedUtc"), '-infinity') AS "FirstSeen",
               count(DISTINCT ar."OutletId") FILTER (WHERE ap."Role" <> 'Disputes') AS "Outlets",
               count(DISTINCT coalesce(ar."OriginOutletId", ar."OutletId")) FILTER (WHERE ap."Role" <> 'Disputes') AS "Origins"
        FROM unnest(claim_ids) AS id
        LEFT JOIN appearances ap ON ap."ClaimId" = id
        LEFT JOIN articles ar ON ar."Id" = ap."ArticleId"
        GROUP BY id
    ) AS s
    WHERE c."Id" = s.id
      AND (c."FirstSeenUtc", c."OutletCount", c."OriginCount") IS DISTINCT FROM (s."FirstSeen", s."Outlets", s."Origins");
END
$$;

-- "Words": the claim's word vector is to be rewritten too (its text or quotations changed); statistics are refreshed
-- for every noted claim. Unlogged: a row lives only inside the transaction that notes it, so there is nothing to
-- recover after a crash.
CREATE UNLOGGED TABLE claim_upkeep_pending ("ClaimId" integer NOT NULL, "Words" boolean NOT NULL);

-- Whether the current transaction defers.
CREATE FUNCTION claim_upkeep_deferred() RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce(current_setting('newstreaty.claim_upkeep_deferred', true) = 'on', false);
END
$$;

-- The word vectors of step 0007, now for any number of claims: one claim from a trigger, every noted claim from
-- claim_upkeep_write. A claim deleted meanwhile has nothing to write (its claims_fts row went with it).
DROP FUNCTION claims_fts_refresh(integer);
CREATE FUNCTION claims_fts_refresh(claim_ids integer[]) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    INSERT INTO claims_fts ("Id", "Vector")
    SELECT c."Id", setweight(to_tsvector('english', c."Text"), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(a."Quote", ' ') FROM appearances a WHERE a."ClaimId" = c."Id"), '')), 'B')
    FROM claims c WHERE c."Id" = ANY (claim_ids)
    ON CONFLICT ("Id") DO UPDATE SET "Vector" = excluded."Vector";
END
$$;

-- What every trigger below does with the claims its row touches: notes them while the transaction defers, else
-- refreshes their word vectors (words) or their statistics at once.
CREATE FUNCTION claim_upkeep_note(claim_ids integer[], words boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF claim_upkeep_deferred() THEN
        INSERT INTO claim_upkeep_pending SELECT id, words FROM unnest(claim_ids) AS id;
    ELSIF words THEN
        PERFORM claims_fts_refresh(claim_ids);
    ELSE
        PERFORM claim_stats_refresh(claim_ids);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION appearances_claim_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM claim_upkeep_note(ARRAY[NEW."ClaimId"], false);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM claim_upkeep_note(ARRAY[OLD."ClaimId"], false);
    ELSE
        PERFORM claim_upkeep_note(ARRAY[OLD."ClaimId", NEW."ClaimId"], false);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION articles_claim_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."PublishedUtc" IS DISTINCT FROM OLD."PublishedUtc" OR NEW."OutletId" IS DISTINCT FROM OLD."OutletId"
       OR NEW."OriginOutletId" IS DISTINCT FROM OLD."OriginOutletId" THEN
        PERFORM claim_upkeep_note(ARRAY(SELECT "ClaimId" FROM appearances WHERE "ArticleId" = NEW."Id"), false);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION claims_fts_on_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_upkeep_note(ARRAY[NEW."Id"], true);
    RETURN NULL;
END
$$;

-- An appearance's quotation counts in its claim's vector: a moved appearance changes both claims'.
CREATE OR REPLACE FUNCTION claims_fts_on_appearance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM claim_upkeep_note(ARRAY[NEW."ClaimId"], true);
    ELSIF TG_OP = 'DELETE' OR NEW."ClaimId" = OLD."ClaimId" THEN
        PERFORM claim_upkeep_note(ARRAY[OLD."ClaimId"], true);
    ELSE
        PERFORM claim_upkeep_note(ARRAY[OLD."ClaimId", NEW."ClaimId"], true);
    END IF;
    RETURN NULL;
END
$$;

-- A claim's new first-seen date goes to its subject and event rows (steps 0006 and 0008) at once, or, while a write
-- defers, in claim_upkeep_write: its statistics are refreshed only there, for the noted claims, and so only there do
-- their dates change.
CREATE OR REPLACE FUNCTION claims_first_seen_to_subjects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT claim_upkeep_deferred() THEN
        UPDATE claim_subjects SET "FirstSeenUtc" = NEW."FirstSeenUtc" WHERE "ClaimId" = NEW."Id";
        UPDATE claim_events SET "FirstSeenUtc" = NEW."FirstSeenUtc" WHERE "ClaimId" = NEW."Id";
    END IF;
    RETURN NULL;
END
$$;

-- Ends the deferral and refreshes every noted claim once: the statistics (one claim_stats_refresh for all of them)
-- and their dates onto the subject and event rows (one statement each), then the word vectors of the claims noted for
-- them (one claims_fts_refresh). Returns how many claims it refreshed. Also the net under a writer that committed
-- noted claims without calling it (DatabaseInitializer calls it at start-up when it finds any).
CREATE FUNCTION claim_upkeep_write() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    noted integer[];
    worded integer[];
BEGIN
    WITH taken AS (DELETE FROM claim_upkeep_pending RETURNING "ClaimId", "Words")
    SELECT array_agg(DISTINCT "ClaimId"), array_agg(DISTINCT "ClaimId") FILTER (WHERE "Words") INTO noted, worded FROM taken;
    IF noted IS NOT NULL THEN
        -- In a bulk write the deferral still holds here, so claims_first_seen_to_subjects leaves the claims' new dates
        -- to the two statements after; at start-up (no deferral) the trigger has moved them and these find nothing.
        PERFORM claim_stats_refresh(noted);
        UPDATE claim_subjects s SET "FirstSeenUtc" = c."FirstSeenUtc" FROM claims c
        WHERE s."ClaimId" = ANY (noted) AND c."Id" = s."ClaimId" AND s."FirstSeenUtc" IS DISTINCT FROM c."FirstSeenUtc";
        UPDATE claim_events e SET "FirstSeenUtc" = c."FirstSeenUtc" FROM claims c
        WHERE e."ClaimId" = ANY (noted) AND c."Id" = e."ClaimId" AND e."FirstSeenUtc" IS DISTINCT FROM c."FirstSeenUtc";
    END IF;
    PERFORM set_config('newstreaty.claim_upkeep_deferred', 'off', true);
    IF worded IS NOT NULL THEN
        PERFORM claims_fts_refresh(worded);
    END IF;
    RETURN coalesce(cardinality(noted), 0);
END
$$;
