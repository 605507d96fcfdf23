-- NewsTreaty schema step 0001 (sqlite): the initial tables for outlets, articles, actors, eras, events and claims.
-- Derived from the EF Core model with `dotnet run --project src/Web -- schema script --provider sqlite`.

CREATE TABLE "actors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_actors" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "WikidataId" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "eras" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_eras" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NULL,
    "Summary" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "outlets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_outlets" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Country" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "StateAffiliated" INTEGER NOT NULL,
    "Homepage" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "actor_affiliations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_actor_affiliations" PRIMARY KEY AUTOINCREMENT,
    "ActorId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "Role" TEXT NULL,
    "From" TEXT NULL,
    "To" TEXT NULL,
    CONSTRAINT "FK_actor_affiliations_actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "actors" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_actor_affiliations_actors_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "actors" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "actor_aliases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_actor_aliases" PRIMARY KEY AUTOINCREMENT,
    "ActorId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_actor_aliases_actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "actors" ("Id") ON DELETE CASCADE
);

CREATE TABLE "events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_events" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Place" TEXT NULL,
    "Importance" INTEGER NOT NULL,
    "EraId" INTEGER NULL,
    "Slug" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_events_eras_EraId" FOREIGN KEY ("EraId") REFERENCES "eras" ("Id") ON DELETE SET NULL
);

CREATE TABLE "articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_articles" PRIMARY KEY AUTOINCREMENT,
    "OutletId" INTEGER NOT NULL,
    "Headline" TEXT NOT NULL,
    "PrintHeadline" TEXT NULL,
    "Standfirst" TEXT NULL,
    "Byline" TEXT NULL,
    "Genre" TEXT NOT NULL,
    "Section" TEXT NULL,
    "Dateline" TEXT NULL,
    "Language" TEXT NOT NULL,
    "CanonicalUrl" TEXT NULL,
    "Summary" TEXT NULL,
    "PublishedOn" TEXT NOT NULL,
    "PublishedTime" TEXT NULL,
    "TimeZone" TEXT NULL,
    "DateBasis" TEXT NOT NULL,
    "DateNote" TEXT NULL,
    "PublishedUtc" TEXT NOT NULL,
    "SourceName" TEXT NULL,
    "SourceSha256" TEXT NULL,
    "Text" TEXT NULL,
    "ContentHash" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_articles_outlets_OutletId" FOREIGN KEY ("OutletId") REFERENCES "outlets" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_claims" PRIMARY KEY AUTOINCREMENT,
    "Text" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Hedging" TEXT NOT NULL,
    "ClaimantActorId" INTEGER NULL,
    "ClaimantOutletId" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "StatusNote" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_claims_actors_ClaimantActorId" FOREIGN KEY ("ClaimantActorId") REFERENCES "actors" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_claims_outlets_ClaimantOutletId" FOREIGN KEY ("ClaimantOutletId") REFERENCES "outlets" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "event_actors" (
    "EventId" INTEGER NOT NULL,
    "ActorId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    CONSTRAINT "PK_event_actors" PRIMARY KEY ("EventId", "ActorId", "Role"),
    CONSTRAINT "FK_event_actors_actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "actors" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_event_actors_events_EventId" FOREIGN KEY ("EventId") REFERENCES "events" ("Id") ON DELETE CASCADE
);

CREATE TABLE "article_relations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_article_relations" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "TargetArticleId" INTEGER NULL,
    "TargetOutletId" INTEGER NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_article_relations_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_article_relations_articles_TargetArticleId" FOREIGN KEY ("TargetArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_article_relations_outlets_TargetOutletId" FOREIGN KEY ("TargetOutletId") REFERENCES "outlets" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "event_articles" (
    "EventId" INTEGER NOT NULL,
    "ArticleId" INTEGER NOT NULL,
    CONSTRAINT "PK_event_articles" PRIMARY KEY ("EventId", "ArticleId"),
    CONSTRAINT "FK_event_articles_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_event_articles_events_EventId" FOREIGN KEY ("EventId") REFERENCES "events" ("Id") ON DELETE CASCADE
);

CREATE TABLE "appearances" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_appearances" PRIMARY KEY AUTOINCREMENT,
    "ClaimId" INTEGER NOT NULL,
    "ArticleId" INTEGER NOT NULL,
    "Quote" TEXT NOT NULL,
    "Start" INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    CONSTRAINT "FK_appearances_articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_appearances_claims_ClaimId" FOREIGN KEY ("ClaimId") REFERENCES "claims" ("Id") ON DELETE CASCADE
);

CREATE TABLE "claim_events" (
    "ClaimId" INTEGER NOT NULL,
    "EventId" INTEGER NOT NULL,
    CONSTRAINT "PK_claim_events" PRIMARY KEY ("ClaimId", "EventId"),
    CONSTRAINT "FK_claim_events_claims_ClaimId" FOREIGN KEY ("ClaimId") REFERENCES "claims" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_claim_events_events_EventId" FOREIGN KEY ("EventId") REFERENCES "events" ("Id") ON DELETE CASCADE
);

CREATE TABLE "claim_quantities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_claim_quantities" PRIMARY KEY AUTOINCREMENT,
    "ClaimId" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Approximate" INTEGER NOT NULL,
    "Text" TEXT NULL,
    CONSTRAINT "FK_claim_quantities_claims_ClaimId" FOREIGN KEY ("ClaimId") REFERENCES "claims" ("Id") ON DELETE CASCADE
);

CREATE TABLE "claim_subjects" (
    "ClaimId" INTEGER NOT NULL,
    "ActorId" INTEGER NOT NULL,
    CONSTRAINT "PK_claim_subjects" PRIMARY KEY ("ClaimId", "ActorId"),
    CONSTRAINT "FK_claim_subjects_actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "actors" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_claim_subjects_claims_ClaimId" FOREIGN KEY ("ClaimId") REFERENCES "claims" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_actor_affiliations_ActorId" ON "actor_affiliations" ("ActorId");

CREATE INDEX "IX_actor_affiliations_OrganisationId" ON "actor_affiliations" ("OrganisationId");

CREATE INDEX "IX_actor_aliases_ActorId" ON "actor_aliases" ("ActorId");

CREATE INDEX "IX_actor_aliases_Name" ON "actor_aliases" ("Name");

CREATE INDEX "IX_actors_Name" ON "actors" ("Name");

CREATE UNIQUE INDEX "IX_actors_Slug" ON "actors" ("Slug");

CREATE INDEX "IX_actors_WikidataId" ON "actors" ("WikidataId");

CREATE INDEX "IX_appearances_ArticleId_ClaimId" ON "appearances" ("ArticleId", "ClaimId");

CREATE INDEX "IX_appearances_ClaimId" ON "appearances" ("ClaimId");

CREATE INDEX "IX_article_relations_ArticleId" ON "article_relations" ("ArticleId");

CREATE INDEX "IX_article_relations_TargetArticleId" ON "article_relations" ("TargetArticleId");

CREATE INDEX "IX_article_relations_TargetOutletId" ON "article_relations" ("TargetOutletId");

CREATE INDEX "IX_articles_ContentHash" ON "articles" ("ContentHash");

CREATE INDEX "IX_articles_OutletId" ON "articles" ("OutletId");

CREATE INDEX "IX_articles_PublishedUtc" ON "articles" ("PublishedUtc");

CREATE UNIQUE INDEX "IX_articles_Slug" ON "articles" ("Slug");

CREATE INDEX "IX_claim_events_EventId" ON "claim_events" ("EventId");

CREATE INDEX "IX_claim_quantities_ClaimId" ON "claim_quantities" ("ClaimId");

CREATE INDEX "IX_claim_subjects_ActorId" ON "claim_subjects" ("ActorId");

CREATE INDEX "IX_claims_ClaimantActorId" ON "claims" ("ClaimantActorId");

CREATE INDEX "IX_claims_ClaimantOutletId" ON "claims" ("ClaimantOutletId");

CREATE UNIQUE INDEX "IX_claims_Slug" ON "claims" ("Slug");

CREATE INDEX "IX_claims_Status" ON "claims" ("Status");

CREATE UNIQUE INDEX "IX_eras_Slug" ON "eras" ("Slug");

CREATE INDEX "IX_event_actors_ActorId" ON "event_actors" ("ActorId");

CREATE INDEX "IX_event_articles_ArticleId" ON "event_articles" ("ArticleId");

CREATE INDEX "IX_events_EraId" ON "events" ("EraId");

CREATE UNIQUE INDEX "IX_events_Slug" ON "events" ("Slug");

CREATE INDEX "IX_events_StartsOn_Id" ON "events" ("StartsOn", "Id");

CREATE UNIQUE INDEX "IX_outlets_Slug" ON "outlets" ("Slug");
