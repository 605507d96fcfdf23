-- NewsTreaty schema step 0011 (postgres): a stored, weighted tsvector for outlets (name A, home page B) in a
-- trigger-kept table with a GIN index, as step 0007 does for claims, events, actors and articles, so the site's
-- one search (/search) finds publishers too.
CREATE TABLE outlets_fts ("Id" integer PRIMARY KEY REFERENCES outlets ("Id") ON DELETE CASCADE, "Vector" tsvector NOT NULL);

CREATE FUNCTION outlets_fts_on_outlet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO outlets_fts ("Id", "Vector")
    VALUES (new."Id", setweight(to_tsvector('english', new."Name"), 'A') || setweight(to_tsvector('english', coalesce(new."Homepage", '')), 'B'))
    ON CONFLICT ("Id") DO UPDATE SET "Vector" = excluded."Vector";
    RETURN NULL;
END $$;
CREATE TRIGGER outlets_fts_write AFTER INSERT OR UPDATE OF "Name", "Homepage" ON outlets FOR EACH ROW EXECUTE FUNCTION outlets_fts_on_outlet();

INSERT INTO outlets_fts ("Id", "Vector")
SELECT "Id", setweight(to_tsvector('english', "Name"), 'A') || setweight(to_tsvector('english', coalesce("Homepage", '')), 'B') FROM outlets;

CREATE INDEX "IX_fts_outlets" ON outlets_fts USING gin ("Vector");
