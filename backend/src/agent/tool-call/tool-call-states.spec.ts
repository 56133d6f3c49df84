import {
  canTransition,
  DECIDED,
  IllegalTransition,
  INITIAL_STATES,
  PART_STATE,
  STORED_STATUS,
  storedState,
  TERMINAL_STATES,
  transition,
  TRANSITIONS,
  type ToolCallState,
} from './tool-call-states';

const STATES = Object.keys(TRANSITIONS) as ToolCallState[];

/** Every legal move, written out once more by hand: the table must say exactly this. */
const LEGAL: [ToolCallState, ToolCallState][] = [
  ['proposing', 'proposed'],
  ['proposing', 'failed'],
  ['proposed', 'approved'],
  ['proposed', 'edited'],
  ['proposed', 'rejected'],
  ['approved', 'running'],
  ['edited', 'running'],
  ['running', 'succeeded'],
  ['running', 'failed'],
];

describe('the tool-call state machine', () => {
  it.each(LEGAL)('allows %s → %s', (from, to) => {
    expect(transition(from, to)).toBe(to);
  });

  it('refuses every other move, with both states named', () => {
    let refused = 0;
    for (const from of STATES) {
      for (const to of STATES) {
        if (LEGAL.some(([f, t]) => f === from && t === to)) continue;
        expect(canTransition(from, to)).toBe(false);
        expect(() => transition(from, to)).toThrow(IllegalTransition);
        expect(() => transition(from, to)).toThrow(`from ${from} to ${to}`);
        refused++;
      }
    }
    expect(refused).toBe(STATES.length * STATES.length - LEGAL.length);
  });

  it('never runs a proposal nobody decided, and never runs a finished call again', () => {
    expect(canTransition('proposed', 'running')).toBe(false);
    expect(canTransition('proposing', 'running')).toBe(false);
    expect(canTransition('rejected', 'running')).toBe(false);
    for (const end of TERMINAL_STATES) expect(TRANSITIONS[end]).toEqual([]);
  });

  it('reaches every state from a start, and a terminal state from every state', () => {
    const reached = new Set<ToolCallState>(INITIAL_STATES);
    for (let grew = true; grew;) {
      grew = false;
      for (const s of [...reached]) {
        for (const n of TRANSITIONS[s]) {
          if (reached.has(n)) continue;
          reached.add(n);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...STATES].sort());
    const ends = (s: ToolCallState): boolean => TERMINAL_STATES.includes(s) || TRANSITIONS[s].some(ends);
    for (const s of STATES) expect(ends(s)).toBe(true);
  });

  it('maps each decision to its state, and every state to a stored status and a chat part state', () => {
    expect(DECIDED).toEqual({ approve: 'approved', edit: 'edited', reject: 'rejected' });
    for (const s of STATES) {
      expect(STORED_STATUS[s]).toBeDefined();
      expect(PART_STATE[s]).toBeDefined();
    }
    expect(PART_STATE.proposed).toBe('awaiting-approval');
    expect(STORED_STATUS.proposed).toBe('AWAITING_APPROVAL');
  });

  it('reads a stored call back into its state', () => {
    expect(storedState('AWAITING_APPROVAL', 'PENDING')).toBe('proposed');
    expect(storedState('RUNNING', 'PENDING')).toBe('proposing');
    expect(storedState('RUNNING', 'NOT_REQUIRED')).toBe('running');
    expect(storedState('RUNNING', 'APPROVED')).toBe('running');
    expect(storedState('SUCCEEDED', 'EDITED')).toBe('succeeded');
    expect(storedState('FAILED', 'PENDING')).toBe('failed');
    expect(storedState('REJECTED', 'REJECTED')).toBe('rejected');
    expect(storedState('CANCELLED', 'NOT_REQUIRED')).toBeNull();
    // What is stored for a state reads back as that state (for the states a row can be left in).
    for (const s of ['proposed', 'succeeded', 'failed', 'rejected'] as const) expect(storedState(STORED_STATUS[s], 'APPROVED')).toBe(s);
  });
});
