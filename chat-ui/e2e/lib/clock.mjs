/**
 * The instant the browser suite runs "at": the backend's business clock starts there (CLOCK_NOW) and the demo is
 * seeded up to it, so receipts, « aujourd'hui » and « ce mois » give the same results whatever day the suite runs.
 */
export const E2E_NOW = new Date('2026-11-18T10:00:00Z');
