-- NewsTreaty schema step 0012 (sqlite): Data Protection keys in the database, so the antiforgery, sign-in and
-- desk circuit keys are the same for every process using this file (the key store of
-- Microsoft.AspNetCore.DataProtection.EntityFrameworkCore). Other processes' writes need no table here: each
-- host reads PRAGMA data_version to hear of them (see the PostgreSQL script of this step).
CREATE TABLE "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);
