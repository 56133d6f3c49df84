import type { ConfirmationState, ToolCallStatus } from '../../generated/prisma/enums';
import type { MessagePart } from '../../chat/chat-events';

/**
 * The life of one tool call, written once. A read runs at once; a write first computes the change it proposes, then
 * waits for the user's decision, and runs only once approved (as proposed or edited):
 *
 *   read:   running ──▶ succeeded | failed
 *   write:  proposing ──▶ proposed ──▶ approved | edited ──▶ running ──▶ succeeded | failed
 *                    │              └─▶ rejected
 *                    └─▶ failed   (refused, invalid arguments, a proposal that could not be computed)
 *
 * Everything that names a state elsewhere — the stored call's status and confirmation, the chat part's state, the
 * events' decision and status, the webhook's outcome — is derived here, so no caller maps them on its own.
 */
export type ToolCallState = 'proposing' | 'proposed' | 'approved' | 'edited' | 'rejected' | 'running' | 'succeeded' | 'failed';

/** What the user decides on a proposal (the REST, socket and MCP `decision`). */
export type Decision = 'approve' | 'edit' | 'reject';

export const TRANSITIONS: Readonly<Record<ToolCallState, readonly ToolCallState[]>> = {
  proposing: ['proposed', 'failed'],
  proposed: ['approved', 'edited', 'rejected'],
  approved: ['running'],
  edited: ['running'],
  running: ['succeeded', 'failed'],
  rejected: [],
  succeeded: [],
  failed: [],
};

/** Where a call starts: a write computing its proposal, or a read (or a write that needs no approval) running. */
export const INITIAL_STATES: readonly ToolCallState[] = ['proposing', 'running'];
export const TERMINAL_STATES: readonly ToolCallState[] = ['rejected', 'succeeded', 'failed'];

export class IllegalTransition extends Error {
  constructor(
    readonly from: ToolCallState,
    readonly to: ToolCallState,
  ) {
    super(`A tool call cannot go from ${from} to ${to}`);
  }
}

export const canTransition = (from: ToolCallState, to: ToolCallState): boolean => TRANSITIONS[from].includes(to);

/** The next state, or IllegalTransition: a finished call never runs again, a proposal never runs undecided. */
export function transition(from: ToolCallState, to: ToolCallState): ToolCallState {
  if (!canTransition(from, to)) throw new IllegalTransition(from, to);
  return to;
}

export const DECIDED: Readonly<Record<Decision, 'approved' | 'edited' | 'rejected'>> = {
  approve: 'approved',
  edit: 'edited',
  reject: 'rejected',
};

/** The stored call's status (the row's `status` column). */
export const STORED_STATUS: Readonly<Record<ToolCallState, ToolCallStatus>> = {
  proposing: 'RUNNING',
  running: 'RUNNING',
  proposed: 'AWAITING_APPROVAL',
  approved: 'RUNNING',
  edited: 'RUNNING',
  rejected: 'REJECTED',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
};

/** The stored confirmation a decision claims (the row's `confirmation` column). */
export const STORED_CONFIRMATION: Readonly<Record<'approved' | 'edited' | 'rejected', ConfirmationState>> = {
  approved: 'APPROVED',
  edited: 'EDITED',
  rejected: 'REJECTED',
};

/**
 * The confirmation a call's end stores, when it says something: a write that failed while its proposal was computed
 * asked nothing (it kept PENDING, as if still waiting, while failed everywhere it was shown).
 */
export function finishedConfirmation(from: ToolCallState, to: 'succeeded' | 'failed'): ConfirmationState | undefined {
  return from === 'proposing' && to === 'failed' ? 'NOT_ASKED' : undefined;
}

type PartState = Extract<MessagePart, { type: 'tool' }>['state'];

/** The chat part's state: the user sees a call running, waiting for approval, or its outcome. */
export const PART_STATE: Readonly<Record<ToolCallState, PartState>> = {
  proposing: 'running',
  running: 'running',
  approved: 'running',
  edited: 'running',
  proposed: 'awaiting-approval',
  rejected: 'rejected',
  succeeded: 'succeeded',
  failed: 'failed',
};

export type FinalState = 'succeeded' | 'failed' | 'rejected';

/** The webhook's `approval.decided` outcome. */
export const DECIDED_OUTCOME: Readonly<Record<FinalState, 'applied' | 'failed' | 'rejected'>> = {
  succeeded: 'applied',
  failed: 'failed',
  rejected: 'rejected',
};

/**
 * The state of a stored call, read back from its status and confirmation (a decision arrives in another request,
 * perhaps on another instance). Null for a status no transition starts from (cancelled, never started).
 */
export function storedState(status: ToolCallStatus, confirmation: ConfirmationState): ToolCallState | null {
  switch (status) {
    case 'AWAITING_APPROVAL':
      return 'proposed';
    case 'RUNNING':
      // A write's row is created pending while its proposal is computed: not yet something to decide on.
      return confirmation === 'PENDING' ? 'proposing' : 'running';
    case 'SUCCEEDED':
      return 'succeeded';
    case 'FAILED':
      return 'failed';
    case 'REJECTED':
      return 'rejected';
    default:
      return null;
  }
}
