-- Search support. Written by hand: Prisma cannot express extensions, functions or expression indexes, and its schema
-- diff ignores all three, so schema.prisma stays the source of truth for everything else.
-- Both extensions are "trusted": a database owner can create them without superuser rights.
-- Fuzzy product search (trigrams over names, SKU and barcode) builds on this in 20261122000200_inventory_search.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateFunction
-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index. This wrapper fixes the
-- dictionary; a SQL-standard body binds every name once, here, so the search_path of whoever later evaluates the
-- index (autovacuum, a restore) cannot change its meaning.
CREATE FUNCTION "immutable_unaccent"(input TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN unaccent('unaccent'::regdictionary, input);

-- CreateIndex
-- Conversation history search. The 'simple' configuration (lowercase, no stemming, no stop words) because messages mix
-- French, Arabic, Darija and English. Queries must repeat the expression to use the index:
--   to_tsvector('simple', immutable_unaccent("text")) @@ plainto_tsquery('simple', immutable_unaccent($1))
CREATE INDEX "Message_text_fts_idx" ON "Message" USING GIN (to_tsvector('simple'::regconfig, immutable_unaccent("text")));
