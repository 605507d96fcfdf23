-- NewsTreaty schema step 0007 (postgres): stored tsvectors for claim, actor, event and article search.
-- Step 0003 parsed every matching row's text again (to_tsvector) to rank it, and ranked a claim's text and
-- its quotations apart before grouping them. Here each searchable record has one stored, weighted vector
-- in a *_fts table (the first field weighted A, the rest B), kept by triggers and indexed with GIN, so a
-- search reads ids and ts_rank from one table and the page is sorted and cut before any join.
-- Separate tables rather than columns: a claim's vector includes its quotations, which live in
-- appearances (a generated column cannot see them), and like SQLite's FTS5 tables they stay outside the
-- EF model, so entities never load or write vectors. Rows go with their record (ON DELETE CASCADE).
DROP INDEX "IX_fts_claims";
DROP INDEX "IX_fts_appearances";
DROP INDEX "IX_fts_actors";
DROP INDEX "IX_fts_actor_aliases";
DROP INDEX "IX_fts_events";
DROP INDEX "IX_fts_articles";

CREATE TABLE claims_fts ("Id" integer PRIMARY KEY REFERENCES claims ("Id") ON DELETE CASCADE, "Vector" tsvector NOT NULL);
CREATE TABLE actors_fts ("Id" integer PRIMARY KEY REFERENCES actors ("Id") ON DELETE CASCADE, "Vector" tsvector NOT NULL);
CREATE TABLE events_fts ("Id" integer PRIMARY KEY REFERENCES events ("Id") ON DELETE CASCADE, "Vector" tsvector NOT NULL);
CREATE TABLE articles_fts ("Id" integer PRIMARY KEY REFERENCES articles ("Id") ON DELETE CASCADE, "Vector" tsvector NOT NULL);

-- Claims: the wording (A) and every quotation that evidences it (B).
CREATE FUNCTION claims_fts_refresh(claim integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO claims_fts ("Id", "Vector")
    SELECT c."Id", setweight(to_tsvector('english', c."Text"), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(a."Quote", ' ') FROM appearances a WHERE a."ClaimId" = c."Id"), '')), 'B')
    FROM claims c WHERE c."Id" = claim
    ON CONFLICT ("Id") DO UPDATE SET "Vector" = excluded."Vector";
$$;
CREATE FUNCTION claims_fts_on_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claims_fts_refresh(new."Id");
    RETURN NULL;
END $$;
CREATE FUNCTION claims_fts_on_appearance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM claims_fts_refresh(old."ClaimId");
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR new."ClaimId" <> old."ClaimId") THEN
        PERFORM claims_fts_refresh(new."ClaimId");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER claims_fts_write AFTER INSERT OR UPDATE OF "Text" ON claims FOR EACH ROW EXECUTE FUNCTION claims_fts_on_claim();
CREATE TRIGGER appearances_fts_write AFTER INSERT OR UPDATE OF "ClaimId", "Quote" OR DELETE ON appearances
    FOR EACH ROW EXECUTE FUNCTION claims_fts_on_appearance();

-- Actors: the name (A) and every alias (B).
CREATE FUNCTION actors_fts_refresh(actor integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO actors_fts ("Id", "Vector")
    SELECT a."Id", setweight(to_tsvector('english', a."Name"), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(l."Name", ' ') FROM actor_aliases l WHERE l."ActorId" = a."Id"), '')), 'B')
    FROM actors a WHERE a."Id" = actor
    ON CONFLICT ("Id") DO UPDATE SET "Vector" = excluded."Vector";
$$;
CREATE FUNCTION actors_fts_on_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM actors_fts_refresh(new."Id");
    RETURN NULL;
END $$;
CREATE FUNCTION actors_fts_on_alias() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM actors_fts_refresh(old."ActorId");
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR new."ActorId" <> old."ActorId") THEN
        PERFORM actors_fts_refresh(new."ActorId");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER actors_fts_write AFTER INSERT OR UPDATE OF "Name" ON actors FOR EACH ROW EXECUTE FUNCTION actors_fts_on_actor();
CREATE TRIGGER actor_aliases_fts_write AFTER INSERT OR UPDATE OF "ActorId", "Name" OR DELETE ON actor_aliases
    FOR EACH ROW EXECUTE FUNCTION actors_fts_on_alias();

-- Events: the title (A) and the summary (B). Articles: the headline (A), standfirst and summary (B).
CREATE FUNCTION events_fts_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO events_fts ("Id", "Vector")
    VALUES (new."Id", setweight(to_tsvector('english', new."Title"), 'A') || setweight(to_tsvector('english', new."Summary"), 'B'))
    ON CONFLICT ("Id") DO UPDATE SET "Vector" = excluded."Vector";
    RETURN NULL;
END $$;
CREATE FUNCTION articles_fts_on_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO articles_fts ("Id", "Vector")
    VALUES (new."Id", setweight(to_tsvector('english', new."Headline"), 'A')
        || setweight(to_tsvector('english', coalesce(new."Standfirst", '') || ' ' || coalesce(new."Summary", '')), 'B'))
    ON CONFLICT ("Id") DO UPDATE SET "Vector" = excluded."Vector";
    RETURN NULL;
END $$;
CREATE TRIGGER events_fts_write AFTER INSERT OR UPDATE OF "Title", "Summary" ON events FOR EACH ROW EXECUTE FUNCTION events_fts_on_event();
CREATE TRIGGER articles_fts_write AFTER INSERT OR UPDATE OF "Headline", "Standfirst", "Summary" ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_fts_on_article();

-- Rows written before this step.
INSERT INTO claims_fts ("Id", "Vector")
SELECT c."Id", setweight(to_tsvector('english', c."Text"), 'A') || setweight(to_tsvector('english', coalesce(q.quotes, '')), 'B')
FROM claims c LEFT JOIN (SELECT "ClaimId", string_agg("Quote", ' ') AS quotes FROM appearances GROUP BY "ClaimId") q ON q."ClaimId" = c."Id";
INSERT INTO actors_fts ("Id", "Vector")
SELECT a."Id", setweight(to_tsvector('english', a."Name"), 'A') || setweight(to_tsvector('english', coalesce(l.names, '')), 'B')
FROM actors a LEFT JOIN (SELECT "ActorId", string_agg("Name", ' ') AS names FROM actor_aliases GROUP BY "ActorId") l ON l."ActorId" = a."Id";
INSERT INTO events_fts ("Id", "Vector")
SELECT "Id", setweight(to_tsvector('english', "Title"), 'A') || setweight(to_tsvector('english', "Summary"), 'B') FROM events;
INSERT INTO articles_fts ("Id", "Vector")
SELECT "Id", setweight(to_tsvector('english', "Headline"), 'A')
    || setweight(to_tsvector('english', coalesce("Standfirst", '') || ' ' || coalesce("Summary", '')), 'B') FROM articles;

CREATE INDEX "IX_fts_claims" ON claims_fts USING gin ("Vector");
CREATE INDEX "IX_fts_actors" ON actors_fts USING gin ("Vector");
CREATE INDEX "IX_fts_events" ON events_fts USING gin ("Vector");
CREATE INDEX "IX_fts_articles" ON articles_fts USING gin ("Vector");
