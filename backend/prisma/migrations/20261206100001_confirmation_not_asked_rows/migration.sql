-- The rows written before: a failed call still PENDING is a proposal that could not be computed (a decided call's
-- confirmation is APPROVED, EDITED or REJECTED; a decision is only claimed while AWAITING_APPROVAL).
UPDATE "ToolCall" SET confirmation = 'NOT_ASKED' WHERE status = 'FAILED' AND confirmation = 'PENDING';
