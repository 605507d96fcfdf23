-- NewsTreaty schema step 0004 (sqlite): API keys (stored as SHA-256 hashes with a public prefix)
-- and the revision history of every change made through the write API.
CREATE TABLE "api_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_api_keys" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL
);
CREATE UNIQUE INDEX "IX_api_keys_Hash" ON "api_keys" ("Hash");
CREATE UNIQUE INDEX "IX_api_keys_Prefix" ON "api_keys" ("Prefix");

CREATE TABLE "revisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_revisions" PRIMARY KEY AUTOINCREMENT,
    "ResourceType" TEXT NOT NULL,
    "ResourceId" INTEGER NOT NULL,
    "ResourceSlug" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);
CREATE INDEX "IX_revisions_ResourceType_ResourceId" ON "revisions" ("ResourceType", "ResourceId");
CREATE INDEX "IX_revisions_ResourceType_ResourceSlug_Id" ON "revisions" ("ResourceType", "ResourceSlug", "Id");
