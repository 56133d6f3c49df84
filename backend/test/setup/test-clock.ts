/**
 * The instant every test runs "at": the demo is seeded up to it and the app's business clock starts there
 * (CLOCK_NOW), so figures such as "this month's expenses" or "a spike 9 days ago" do not depend on the day the suite
 * runs. A Wednesday in the middle of a month, mid-morning in Algiers.
 */
export const TEST_NOW = new Date('2026-11-18T10:00:00Z');
export const TEST_CLOCK_ENV = { CLOCK_NOW: TEST_NOW.toISOString() };
