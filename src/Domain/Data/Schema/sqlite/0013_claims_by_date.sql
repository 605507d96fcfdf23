-- NewsTreaty schema step 0013 (sqlite): the claims' words a second time, in date order, for "claims with a word,
-- newest first". claims_fts keeps its rows by claim id, so that search read every match of the word into a temporary
-- index, then walked the (FirstSeenUtc, Id) index asking of each claim whether it was a match: 6-8 ms of SQLite for a
-- typical word at a million claims, 220 ms for the commonest. Here a claim's rowid puts the newest first: its
-- first-seen minute counted down from 2^32 - 2, shifted past 31 bits, then its id counted down from 2^31 - 1 (ids are
-- 32-bit). FTS5 reads a word's matches in rowid order, so a page stops after a few dozen; ClaimQueries.NewestMatchesAsync
-- sorts the claims of the last minute it reads by their exact date. FTS5 reads rowids upwards more cheaply than down.
-- The minute is unixepoch() of the stored text: a later date never gets a smaller minute (nor a smaller key bucket).
-- Contentless (the words are in claims_fts already) with contentless_delete, so a row is deleted by its rowid; the same
-- tokenizer and detail as claims_fts, so a query matches exactly the same claims. At a million claims the rows take
-- about 340 MB and this step about a minute of CPU; the index is merged into one segment at the end (FTS5 looks a word
-- up once per segment: 25 segments after the load made a page five times dearer).

CREATE VIRTUAL TABLE "claims_dated_fts" USING fts5("text", "quotes", content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO "claims_dated_fts" (rowid, "text", "quotes")
SELECT ((4294967294 - (unixepoch(c."FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - c."Id"), f."text", f."quotes"
FROM "claims" c JOIN "claims_fts" f ON f.rowid = c."Id";
INSERT INTO "claims_dated_fts" ("claims_dated_fts") VALUES ('optimize');

-- Kept in step with claims_fts (step 0003) and with the first-seen date (steps 0006 and 0010) whoever writes. An
-- appearance's triggers and the statistics triggers may run in either order: each rewrites the row at the claim's
-- date as it stands, with the quotations as they stand, so both orders end with the same row.
CREATE TRIGGER "claims_dated_insert" AFTER INSERT ON "claims" BEGIN
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes")
    VALUES (((4294967294 - (unixepoch(new."FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - new."Id"), new."Text",
            (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = new."Id"));
END;
CREATE TRIGGER "claims_dated_update" AFTER UPDATE OF "Text", "FirstSeenUtc" ON "claims"
WHEN new."Text" IS NOT old."Text" OR new."FirstSeenUtc" IS NOT old."FirstSeenUtc" BEGIN
    DELETE FROM "claims_dated_fts" WHERE rowid = ((4294967294 - (unixepoch(old."FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - old."Id");
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes")
    VALUES (((4294967294 - (unixepoch(new."FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - new."Id"), new."Text",
            (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = new."Id"));
END;
CREATE TRIGGER "claims_dated_delete" AFTER DELETE ON "claims" BEGIN
    DELETE FROM "claims_dated_fts" WHERE rowid = ((4294967294 - (unixepoch(old."FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - old."Id");
END;
CREATE TRIGGER "appearances_dated_insert" AFTER INSERT ON "appearances" BEGIN
    DELETE FROM "claims_dated_fts" WHERE rowid IN (
        SELECT ((4294967294 - (unixepoch("FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - "Id") FROM "claims" WHERE "Id" = new."ClaimId");
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes")
    SELECT ((4294967294 - (unixepoch(c."FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - c."Id"), c."Text",
           (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = c."Id")
    FROM "claims" c WHERE c."Id" = new."ClaimId";
END;
CREATE TRIGGER "appearances_dated_update" AFTER UPDATE ON "appearances" BEGIN
    DELETE FROM "claims_dated_fts" WHERE rowid IN (
        SELECT ((4294967294 - (unixepoch("FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - "Id") FROM "claims" WHERE "Id" IN (old."ClaimId", new."ClaimId"));
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes")
    SELECT ((4294967294 - (unixepoch(c."FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - c."Id"), c."Text",
           (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = c."Id")
    FROM "claims" c WHERE c."Id" IN (old."ClaimId", new."ClaimId");
END;
CREATE TRIGGER "appearances_dated_delete" AFTER DELETE ON "appearances" BEGIN
    DELETE FROM "claims_dated_fts" WHERE rowid IN (
        SELECT ((4294967294 - (unixepoch("FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - "Id") FROM "claims" WHERE "Id" = old."ClaimId");
    INSERT INTO "claims_dated_fts" (rowid, "text", "quotes")
    SELECT ((4294967294 - (unixepoch(c."FirstSeenUtc") + 62135596800) / 60) << 31) + (2147483647 - c."Id"), c."Text",
           (SELECT group_concat("Quote", ' ') FROM "appearances" WHERE "ClaimId" = c."Id")
    FROM "claims" c WHERE c."Id" = old."ClaimId";
END;
