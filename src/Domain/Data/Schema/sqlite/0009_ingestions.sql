-- NewsTreaty schema step 0009 (sqlite): ingestions (one submitted article: raw hash, hints, who and when, its cleaned
-- text, the article it produced or matched, the pipeline version) and their proposals (kind, status, spans into the
-- cleaned text and the raw input, confidence, the known record matched, the payload an editor accepts or edits).
-- See docs/ingestion.md.

CREATE TABLE "ingestions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ingestions" PRIMARY KEY AUTOINCREMENT,
    "RawSha256" TEXT NOT NULL,
    "RawLength" INTEGER NOT NULL,
    "Format" TEXT NOT NULL,
    "Url" TEXT NULL,
    "OutletHint" TEXT NULL,
    "PublishedHint" TEXT NULL,
    "FileName" TEXT NULL,
    "Headline" TEXT NULL,
    "Text" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "SubmittedBy" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "PipelineVersion" TEXT NOT NULL,
    "ArticleId" INTEGER NULL,
    "ArticleSlug" TEXT NULL,
    "Recognition" TEXT NULL,
    "AnchorReportJson" TEXT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ingestions_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE SET NULL
);

CREATE TABLE "proposals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_proposals" PRIMARY KEY AUTOINCREMENT,
    "IngestionId" INTEGER NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Start" INTEGER NULL,
    "End" INTEGER NULL,
    "RawStart" INTEGER NULL,
    "RawEnd" INTEGER NULL,
    "Confidence" REAL NOT NULL,
    "Label" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "MatchedType" TEXT NULL,
    "MatchedId" INTEGER NULL,
    "MatchedSlug" TEXT NULL,
    "MatchedWikidataId" TEXT NULL,
    "ProposedSlug" TEXT NULL,
    "Payload" TEXT NOT NULL,
    "ProposedPayload" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "ReviewedBy" TEXT NULL,
    "ReviewedAt" TEXT NULL,
    "ReviewNote" TEXT NULL,
    "Outcome" TEXT NULL,
    CONSTRAINT "FK_proposals_ingestions_IngestionId" FOREIGN KEY ("IngestionId") REFERENCES "ingestions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ingestions_ArticleId" ON "ingestions" ("ArticleId");
CREATE INDEX "IX_ingestions_ContentHash" ON "ingestions" ("ContentHash");
CREATE UNIQUE INDEX "IX_ingestions_RawSha256" ON "ingestions" ("RawSha256");
CREATE UNIQUE INDEX "IX_proposals_IngestionId_Ordinal" ON "proposals" ("IngestionId", "Ordinal");
CREATE INDEX "IX_proposals_ProposedSlug" ON "proposals" ("ProposedSlug");
