-- Expense categories are stored as the keys of @tajer/contract's EXPENSE_CATEGORIES (issue 12). Only the demo seed
-- ever wrote other spellings (the API has always stored the canonical key): its goods purchases as
-- "achats marchandises" and its telecom bills as "internet/téléphone", split here by what the bill is.
-- Data only: the column stays TEXT, so schema.prisma is unchanged.
UPDATE "Expense" SET "category" = 'marchandises' WHERE "category" = 'achats marchandises';
UPDATE "Expense"
SET "category" = CASE WHEN "description" ILIKE '%internet%' THEN 'internet' ELSE 'téléphone' END
WHERE "category" = 'internet/téléphone';
