-- NewsTreaty schema step 0011 (sqlite): an FTS5 index for outlets, so the site's one search (/search) finds
-- publishers as well as claims, events, actors and articles. Same shape as step 0003: rowid is the outlet id,
-- kept in step by triggers; the name (weighted twice) and the home page's address.
CREATE VIRTUAL TABLE "outlets_fts" USING fts5("name", "homepage", tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO "outlets_fts" ("outlets_fts", "rank") VALUES ('rank', 'bm25(2.0, 1.0)');

CREATE TRIGGER "outlets_fts_insert" AFTER INSERT ON "outlets" BEGIN
    INSERT INTO "outlets_fts" (rowid, "name", "homepage") VALUES (new."Id", new."Name", coalesce(new."Homepage", ''));
END;
CREATE TRIGGER "outlets_fts_update" AFTER UPDATE OF "Name", "Homepage" ON "outlets" BEGIN
    DELETE FROM "outlets_fts" WHERE rowid = old."Id";
    INSERT INTO "outlets_fts" (rowid, "name", "homepage") VALUES (new."Id", new."Name", coalesce(new."Homepage", ''));
END;
CREATE TRIGGER "outlets_fts_delete" AFTER DELETE ON "outlets" BEGIN
    DELETE FROM "outlets_fts" WHERE rowid = old."Id";
END;

INSERT INTO "outlets_fts" (rowid, "name", "homepage") SELECT "Id", "Name", coalesce("Homepage", '') FROM "outlets";
