-- A write whose proposal could not be computed (refused, invalid arguments, the change impossible) asked the user
-- nothing, and never will: its row kept `confirmation = PENDING` while its status said FAILED and every view of it
-- said failed. It now says NOT_ASKED. (A new enum value is usable only once committed: the old rows are moved by the
-- next migration.)

-- AlterEnum
ALTER TYPE "ConfirmationState" ADD VALUE 'NOT_ASKED';
