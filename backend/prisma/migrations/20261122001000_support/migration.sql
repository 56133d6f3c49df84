-- Support console (src/support): reviewing every business's conversations.

-- CreateIndex
-- Platform staff list all businesses' conversations, most recently active first: without this index that is a sort
-- of the whole table for every page.
CREATE INDEX "Conversation_updatedAt_idx" ON "Conversation"("updatedAt");

-- CreateIndex
-- Fragment search in messages ("moule" finds "semoule", "سكر" finds "السكر"), the fallback arm next to the full-text
-- index Message_text_fts_idx. tajer_search_norm (20261122000200_inventory_search) unaccents and transliterates Arabic
-- to Latin, so the trigrams exist whatever the cluster's LC_CTYPE. Written by hand: Prisma cannot express expression
-- indexes and its schema diff ignores them. Queries must repeat the expression:
--   tajer_search_norm("text") LIKE '%' || <normalised fragment> || '%'
CREATE INDEX "Message_text_trgm_idx" ON "Message" USING GIN (tajer_search_norm("text") gin_trgm_ops);
