/**
 * Settings every pooled PostgreSQL session starts with (the startup packet's `options`), so no statement has to set
 * them first.
 *
 * `pg_trgm.word_similarity_threshold`: the product search's `<%` prefilter (inventory.repository.ts) reads it. Set per
 * transaction, a search with words was four statements (BEGIN, set_config, the query, COMMIT); with the session's
 * value it is one. The value is the search's minimum score (MIN_SEARCH_SCORE): a prefilter at or below the score the
 * search keeps only lets more rows through to the exact score filter, never fewer. A session that lacks it (a
 * connection string with its own `options`, PgBouncer told to ignore startup parameters — by default it refuses
 * `options`, and the product needs a direct connection anyway: runner-presence.ts) is detected by the repository,
 * which then sets it in a transaction as before.
 */
export const SESSION_WORD_SIMILARITY_THRESHOLD = 0.45;

export const SESSION_OPTIONS = `-c pg_trgm.word_similarity_threshold=${SESSION_WORD_SIMILARITY_THRESHOLD}`;
