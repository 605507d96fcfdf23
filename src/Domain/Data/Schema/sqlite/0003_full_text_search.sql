-- NewsTreaty schema step 0003 (sqlite): FTS5 indexes for claim, actor, event and article search.
-- Outside the EF model (EF cannot describe virtual tables): one FTS5 table per resource whose rowid is
-- the entity id, kept in step with its source rows by the triggers below. Porter stemming so that
-- "treaties" finds "treaty", as PostgreSQL's 'english' configuration does.

CREATE VIRTUAL TABLE "claims_fts" USING fts5("text", "quotes", tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "actors_fts" USING fts5("name", "aliases", tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "events_fts" USING fts5("title", "summary", tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "articles_fts" USING fts5("headline", "summary", tokenize = 'porter unicode61 remove_diacritics 2');

-- Claims: the claim's own wording plus every quotation that evidences it.
CREATE TRIGGER "claims_fts_insert" AFTER INSERT ON "claims" BEGIN
    INSERT INTO "claims_fts" (rowid, "text", "quotes")
    VALUES (new."Id", new."Text", (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = new."Id"));
END;
CREATE TRIGGER "claims_fts_update" AFTER UPDATE OF "Text" ON "claims" BEGIN
    DELETE FROM "claims_fts" WHERE rowid = old."Id";
    INSERT INTO "claims_fts" (rowid, "text", "quotes")
    VALUES (new."Id", new."Text", (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = new."Id"));
END;
CREATE TRIGGER "claims_fts_delete" AFTER DELETE ON "claims" BEGIN
    DELETE FROM "claims_fts" WHERE rowid = old."Id";
END;
CREATE TRIGGER "appearances_fts_insert" AFTER INSERT ON "appearances" BEGIN
    DELETE FROM "claims_fts" WHERE rowid = new."ClaimId";
    INSERT INTO "claims_fts" (rowid, "text", "quotes")
    SELECT c."Id", c."Text", (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = c."Id") FROM "claims" c WHERE c."Id" = new."ClaimId";
END;
CREATE TRIGGER "appearances_fts_update" AFTER UPDATE ON "appearances" BEGIN
    DELETE FROM "claims_fts" WHERE rowid IN (old."ClaimId", new."ClaimId");
    INSERT INTO "claims_fts" (rowid, "text", "quotes")
    SELECT c."Id", c."Text", (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = c."Id") FROM "claims" c WHERE c."Id" IN (old."ClaimId", new."ClaimId");
END;
CREATE TRIGGER "appearances_fts_delete" AFTER DELETE ON "appearances" BEGIN
    DELETE FROM "claims_fts" WHERE rowid = old."ClaimId";
    INSERT INTO "claims_fts" (rowid, "text", "quotes")
    SELECT c."Id", c."Text", (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = c."Id") FROM "claims" c WHERE c."Id" = old."ClaimId";
END;

-- Actors: the name plus every alias.
CREATE TRIGGER "actors_fts_insert" AFTER INSERT ON "actors" BEGIN
    INSERT INTO "actors_fts" (rowid, "name", "aliases")
    VALUES (new."Id", new."Name", (SELECT group_concat("Name", ' ') FROM "actor_aliases" WHERE "ActorId" = new."Id"));
END;
CREATE TRIGGER "actors_fts_update" AFTER UPDATE OF "Name" ON "actors" BEGIN
    DELETE FROM "actors_fts" WHERE rowid = old."Id";
    INSERT INTO "actors_fts" (rowid, "name", "aliases")
    VALUES (new."Id", new."Name", (SELECT group_concat("Name", ' ') FROM "actor_aliases" WHERE "ActorId" = new."Id"));
END;
CREATE TRIGGER "actors_fts_delete" AFTER DELETE ON "actors" BEGIN
    DELETE FROM "actors_fts" WHERE rowid = old."Id";
END;
CREATE TRIGGER "actor_aliases_fts_insert" AFTER INSERT ON "actor_aliases" BEGIN
    DELETE FROM "actors_fts" WHERE rowid = new."ActorId";
    INSERT INTO "actors_fts" (rowid, "name", "aliases")
    SELECT a."Id", a."Name", (SELECT group_concat("Name", ' ') FROM "actor_aliases" WHERE "ActorId" = a."Id") FROM "actors" a WHERE a."Id" = new."ActorId";
END;
CREATE TRIGGER "actor_aliases_fts_update" AFTER UPDATE ON "actor_aliases" BEGIN
    DELETE FROM "actors_fts" WHERE rowid IN (old."ActorId", new."ActorId");
    INSERT INTO "actors_fts" (rowid, "name", "aliases")
    SELECT a."Id", a."Name", (SELECT group_concat("Name", ' ') FROM "actor_aliases" WHERE "ActorId" = a."Id") FROM "actors" a WHERE a."Id" IN (old."ActorId", new."ActorId");
END;
CREATE TRIGGER "actor_aliases_fts_delete" AFTER DELETE ON "actor_aliases" BEGIN
    DELETE FROM "actors_fts" WHERE rowid = old."ActorId";
    INSERT INTO "actors_fts" (rowid, "name", "aliases")
    SELECT a."Id", a."Name", (SELECT group_concat("Name", ' ') FROM "actor_aliases" WHERE "ActorId" = a."Id") FROM "actors" a WHERE a."Id" = old."ActorId";
END;

CREATE TRIGGER "events_fts_insert" AFTER INSERT ON "events" BEGIN
    INSERT INTO "events_fts" (rowid, "title", "summary") VALUES (new."Id", new."Title", new."Summary");
END;
CREATE TRIGGER "events_fts_update" AFTER UPDATE OF "Title", "Summary" ON "events" BEGIN
    DELETE FROM "events_fts" WHERE rowid = old."Id";
    INSERT INTO "events_fts" (rowid, "title", "summary") VALUES (new."Id", new."Title", new."Summary");
END;
CREATE TRIGGER "events_fts_delete" AFTER DELETE ON "events" BEGIN
    DELETE FROM "events_fts" WHERE rowid = old."Id";
END;

CREATE TRIGGER "articles_fts_insert" AFTER INSERT ON "articles" BEGIN
    INSERT INTO "articles_fts" (rowid, "headline", "summary")
    VALUES (new."Id", new."Headline", coalesce(new."Standfirst", '') || ' ' || coalesce(new."Summary", ''));
END;
CREATE TRIGGER "articles_fts_update" AFTER UPDATE OF "Headline", "Standfirst", "Summary" ON "articles" BEGIN
    DELETE FROM "articles_fts" WHERE rowid = old."Id";
    INSERT INTO "articles_fts" (rowid, "headline", "summary")
    VALUES (new."Id", new."Headline", coalesce(new."Standfirst", '') || ' ' || coalesce(new."Summary", ''));
END;
CREATE TRIGGER "articles_fts_delete" AFTER DELETE ON "articles" BEGIN
    DELETE FROM "articles_fts" WHERE rowid = old."Id";
END;

-- Rows written before this step.
INSERT INTO "claims_fts" (rowid, "text", "quotes")
SELECT c."Id", c."Text", (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = c."Id") FROM "claims" c;
INSERT INTO "actors_fts" (rowid, "name", "aliases")
SELECT a."Id", a."Name", (SELECT group_concat("Name", ' ') FROM "actor_aliases" WHERE "ActorId" = a."Id") FROM "actors" a;
INSERT INTO "events_fts" (rowid, "title", "summary") SELECT "Id", "Title", "Summary" FROM "events";
INSERT INTO "articles_fts" (rowid, "headline", "summary")
SELECT "Id", "Headline", coalesce("Standfirst", '') || ' ' || coalesce("Summary", '') FROM "articles";
