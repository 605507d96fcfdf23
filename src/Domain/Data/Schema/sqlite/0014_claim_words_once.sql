-- NewsTreaty schema step 0014 (sqlite): a bulk write indexes each claim's words once, and the date-ordered key is
-- written in one place.
--
-- A claim's words (its text and every quotation of it) live in two FTS5 indexes: claims_fts by claim id (step 0003)
-- and claims_dated_fts by date (step 0013). Their triggers rewrite a claim's rows whenever its text, its date or one of
-- its appearances changes, so an import writing a claim with three appearances tokenised and rewrote it seven or eight
-- times in each index (the statistics triggers move its first-seen date as the appearances arrive). A bulk write now
-- marks its own transaction with a row in claim_words_deferred, which no other connection sees and which the
-- transaction's end removes whichever way it ends. While it is there the triggers below only note which claims they
-- would have rewritten, and the row each had in claims_dated_fts beforehand; the writer then rewrites every noted
-- claim once, with all of its quotations, before it commits (ClaimWords.WriteDeferredAsync). Without the row the
-- triggers rewrite at once, as before.
--
-- The date-ordered key (see step 0013) becomes a virtual column of claims, computed when read and stored nowhere, so
-- the triggers and the query name it instead of spelling out the arithmetic.

ALTER TABLE "claims" ADD COLUMN "WordsKey" INTEGER
    GENERATED ALWAYS AS (((4294967294 - (unixepoch("FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - "Id")) VIRTUAL;

CREATE TABLE "claim_words_deferred" ("Since" TEXT NOT NULL);
-- IndexedKey: the claims_dated_fts rowid the claim had when first noted; NULL for a claim created in the write.
CREATE TABLE "claim_words_pending" ("ClaimId" INTEGER NOT NULL PRIMARY KEY, "IndexedKey" INTEGER);

DROP TRIGGER "claims_fts_insert";
DROP TRIGGER "claims_fts_update";
DROP TRIGGER "claims_fts_delete";
DROP TRIGGER "appearances_fts_insert";
DROP TRIGGER "appearances_fts_update";
DROP TRIGGER "appearances_fts_delete";
DROP TRIGGER "claims_dated_insert";
DROP TRIGGER "claims_dated_update";
DROP TRIGGER "claims_dated_delete";
DROP TRIGGER "appearances_dated_insert";
DROP TRIGGER "appearances_dated_update";
DROP TRIGGER "appearances_dated_delete";

-- One view of a claim's words as both indexes take them, for the triggers and the deferred write alike.
CREATE VIEW "claim_words" AS
SELECT c."Id" AS "ClaimId", c."WordsKey" AS "WordsKey", c."Text" AS "Text",
       (SELECT group_concat(a."Quote", ' ') FROM "appearances" a WHERE a."ClaimId" = c."Id") AS "Quotes"
FROM "claims" c;

-- Written at once (no bulk write under way). A claim's two rows go out and come back with its words as they stand:
-- an appearance's triggers and the statistics triggers may run in either order, and both orders end with the same rows.
CREATE TRIGGER "claim_words_insert" AFTER INSERT ON "claims" WHEN NOT EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    INSERT INTO "claims_fts" (rowid, "text", "quotes") SELECT "ClaimId", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" = new."Id";
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes") SELECT "WordsKey", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" = new."Id";
END;
CREATE TRIGGER "claim_words_update" AFTER UPDATE OF "Text", "FirstSeenUtc" ON "claims"
WHEN (new."Text" IS NOT old."Text" OR new."FirstSeenUtc" IS NOT old."FirstSeenUtc") AND NOT EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    -- claims_fts is by id, so only a new text rewrites it; a new date moves the claim in claims_dated_fts.
    DELETE FROM "claims_fts" WHERE rowid = old."Id" AND new."Text" IS NOT old."Text";
    INSERT INTO "claims_fts" (rowid, "text", "quotes")
    SELECT "ClaimId", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" = new."Id" AND new."Text" IS NOT old."Text";
    DELETE FROM "claims_dated_fts" WHERE rowid = old."WordsKey";
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes") SELECT "WordsKey", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" = new."Id";
END;
CREATE TRIGGER "claim_words_delete" AFTER DELETE ON "claims" WHEN NOT EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    DELETE FROM "claims_fts" WHERE rowid = old."Id";
    DELETE FROM "claims_dated_fts" WHERE rowid = old."WordsKey";
END;
-- An appearance changes its claim's quotations; a moved one changes two claims'.
CREATE TRIGGER "appearance_words_insert" AFTER INSERT ON "appearances" WHEN NOT EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    DELETE FROM "claims_fts" WHERE rowid = new."ClaimId";
    DELETE FROM "claims_dated_fts" WHERE rowid IN (SELECT "WordsKey" FROM "claims" WHERE "Id" = new."ClaimId");
    INSERT INTO "claims_fts" (rowid, "text", "quotes") SELECT "ClaimId", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" = new."ClaimId";
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes") SELECT "WordsKey", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" = new."ClaimId";
END;
CREATE TRIGGER "appearance_words_update" AFTER UPDATE OF "ClaimId", "Quote" ON "appearances"
WHEN (new."ClaimId" IS NOT old."ClaimId" OR new."Quote" IS NOT old."Quote") AND NOT EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    DELETE FROM "claims_fts" WHERE rowid IN (old."ClaimId", new."ClaimId");
    DELETE FROM "claims_dated_fts" WHERE rowid IN (SELECT "WordsKey" FROM "claims" WHERE "Id" IN (old."ClaimId", new."ClaimId"));
    INSERT INTO "claims_fts" (rowid, "text", "quotes")
    SELECT "ClaimId", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" IN (old."ClaimId", new."ClaimId");
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes")
    SELECT "WordsKey", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" IN (old."ClaimId", new."ClaimId");
END;
CREATE TRIGGER "appearance_words_delete" AFTER DELETE ON "appearances" WHEN NOT EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    DELETE FROM "claims_fts" WHERE rowid = old."ClaimId";
    DELETE FROM "claims_dated_fts" WHERE rowid IN (SELECT "WordsKey" FROM "claims" WHERE "Id" = old."ClaimId");
    INSERT INTO "claims_fts" (rowid, "text", "quotes") SELECT "ClaimId", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" = old."ClaimId";
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes") SELECT "WordsKey", "Text", "Quotes" FROM "claim_words" WHERE "ClaimId" = old."ClaimId";
END;

-- Noted for later (a bulk write under way). The first note of a claim keeps the key it was indexed under: a claim
-- created in the write has no row yet (NULL); any other claim has not moved before its first note.
CREATE TRIGGER "claim_words_insert_noted" AFTER INSERT ON "claims" WHEN EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    INSERT OR IGNORE INTO "claim_words_pending" ("ClaimId", "IndexedKey") VALUES (new."Id", NULL);
END;
CREATE TRIGGER "claim_words_update_noted" AFTER UPDATE OF "Text", "FirstSeenUtc" ON "claims"
WHEN (new."Text" IS NOT old."Text" OR new."FirstSeenUtc" IS NOT old."FirstSeenUtc") AND EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    INSERT OR IGNORE INTO "claim_words_pending" ("ClaimId", "IndexedKey") VALUES (old."Id", old."WordsKey");
END;
CREATE TRIGGER "claim_words_delete_noted" AFTER DELETE ON "claims" WHEN EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    INSERT OR IGNORE INTO "claim_words_pending" ("ClaimId", "IndexedKey") VALUES (old."Id", old."WordsKey");
END;
CREATE TRIGGER "appearance_words_insert_noted" AFTER INSERT ON "appearances" WHEN EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    INSERT OR IGNORE INTO "claim_words_pending" ("ClaimId", "IndexedKey") SELECT "Id", "WordsKey" FROM "claims" WHERE "Id" = new."ClaimId";
END;
CREATE TRIGGER "appearance_words_update_noted" AFTER UPDATE OF "ClaimId", "Quote" ON "appearances"
WHEN (new."ClaimId" IS NOT old."ClaimId" OR new."Quote" IS NOT old."Quote") AND EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    INSERT OR IGNORE INTO "claim_words_pending" ("ClaimId", "IndexedKey")
    SELECT "Id", "WordsKey" FROM "claims" WHERE "Id" IN (old."ClaimId", new."ClaimId");
END;
CREATE TRIGGER "appearance_words_delete_noted" AFTER DELETE ON "appearances" WHEN EXISTS (SELECT 1 FROM "claim_words_deferred") BEGIN
    INSERT OR IGNORE INTO "claim_words_pending" ("ClaimId", "IndexedKey") SELECT "Id", "WordsKey" FROM "claims" WHERE "Id" = old."ClaimId";
END;
