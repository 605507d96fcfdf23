-- NewsTreaty schema step 0007 (sqlite): each FTS5 table's rank column is bm25 with the first column
-- (claim text, actor name, event title, headline) weighted twice the second, the weights the queries used
-- to pass to bm25() by hand. Reading "rank" inside the FTS query lets the page be sorted and cut there,
-- before any row is joined to its source table (Reading/FullText.cs).
INSERT INTO "claims_fts" ("claims_fts", "rank") VALUES ('rank', 'bm25(2.0, 1.0)');
INSERT INTO "actors_fts" ("actors_fts", "rank") VALUES ('rank', 'bm25(2.0, 1.0)');
INSERT INTO "events_fts" ("events_fts", "rank") VALUES ('rank', 'bm25(2.0, 1.0)');
INSERT INTO "articles_fts" ("articles_fts", "rank") VALUES ('rank', 'bm25(2.0, 1.0)');
