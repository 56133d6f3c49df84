-- Product search tolerant to accents, typos and Arabic spelling variants.
-- `tajer_search_norm` mirrors normalizeSearchText() in src/inventory/search/search-text.ts (a test compares the two):
-- NFKC, unaccent, lowercase, Arabic normalisation + transliteration to Latin, then only [a-z0-9] words remain.
-- Arabic is transliterated because pg_trgm only makes trigrams of characters LC_CTYPE calls alphanumeric, and under
-- the C ctype Arabic letters are not: without it an Arabic name would have no trigrams at all.

-- Builds on 20261122000100_search (pg_trgm, unaccent, immutable_unaccent). SQL-standard bodies (RETURN …) resolve every
-- name once, here, so the functions do not depend on the search_path of whoever evaluates the index later.

-- CreateFunction
CREATE FUNCTION "tajer_search_norm"(input TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN btrim(regexp_replace(
  replace(replace(replace(replace(replace(replace(replace(
    translate(
      lower(immutable_unaccent(normalize(input, NFKC))),
      -- one-letter transliterations (alef/hamza forms → a, ة/ه → h, ى/ئ/ي → i, Arabic digits → 0-9), then the
      -- characters with no counterpart are deleted: tashkeel (U+064B–U+065F, U+0670), tatweel, lone hamza.
      U&'\0627\0623\0625\0622\0671\0639\0628\067E\062A\0637\062C\062D\0647\0629\06C0\062F\0636\0631\0632\0633\0635\0641\0642\0643\06A9\06AF\06A4\0644\0645\0646\0648\0624\064A\0649\0626\06CC\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9\064B\064C\064D\064E\064F\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065A\065B\065C\065D\065E\065F\0670\0640\0621',
      'aaaaaabpttjhhhhddrzssfqkkgglmnuuiiii01234567890123456789'),
    U&'\062B', 'th'), U&'\062E', 'kh'), U&'\0630', 'dh'), U&'\0638', 'dh'), U&'\0634', 'ch'), U&'\063A', 'gh'), U&'\0686', 'ch'),
  '[^a-z0-9]+', ' ', 'g'));

-- Everything a product can be searched by, normalised, in one string (names in the three languages, SKU, barcode).
-- CreateFunction
CREATE FUNCTION "tajer_product_search_text"(name_fr TEXT, name_ar TEXT, name_en TEXT, sku TEXT, barcode TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN tajer_search_norm(
  coalesce(name_fr, '') || ' ' || coalesce(name_ar, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(sku, '') || ' ' || coalesce(barcode, '')
);

-- CreateIndex
-- Serves the search's prefilter: one `token <% search_text` arm per query word (a BitmapOr of index scans).
CREATE INDEX "Product_search_text_trgm_idx" ON "Product"
  USING GIN (tajer_product_search_text("nameFr", "nameAr", "nameEn", "sku", "barcode") gin_trgm_ops);
