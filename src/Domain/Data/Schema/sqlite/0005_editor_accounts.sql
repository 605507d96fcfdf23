-- NewsTreaty schema step 0005 (sqlite): editor accounts for the signed-in editor area
-- (password hashes from ASP.NET Core's PasswordHasher; roles named like the API keys').
CREATE TABLE "editor_accounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_editor_accounts" PRIMARY KEY AUTOINCREMENT,
    "Username" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DisabledAt" TEXT NULL
);
CREATE UNIQUE INDEX "IX_editor_accounts_Username" ON "editor_accounts" ("Username");
