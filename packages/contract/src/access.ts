/**
 * Who may do what: one rule for the REST routes (`@Roles(...ACCESS[...])`), the assistant's tools (each tool declares
 * `roles: ACCESS[...]` next to its kind, and the tool executor refuses the others) and the UI's menu and pages. A
 * member of staff who cannot open the expense ledger on its page cannot have it read out by the chat either.
 *
 * Roles: OWNER runs the business; STAFF (the shop's employees) sell, receive stock and record expenses; SUPPORT and
 * ADMIN are the platform's staff and belong to no business. API keys act as OWNER (within their scopes).
 */
export const ROLES = ['OWNER', 'STAFF', 'SUPPORT', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The people of a business. */
const BUSINESS = ['OWNER', 'STAFF'] as const satisfies readonly Role[];
const OWNER = ['OWNER'] as const satisfies readonly Role[];
const PLATFORM = ['SUPPORT', 'ADMIN'] as const satisfies readonly Role[];

export const ACCESS = {
  /** The assistant (chat, its REST twin). */
  chat: BUSINESS,
  /** Dashboard figures, insights and alerts (aggregates: no expense line, no supplier). */
  dashboard: BUSINESS,
  /** Market trends, competitors' prices, the market report. */
  market: BUSINESS,
  /** Products and their stock, reading a product photo. */
  'inventory.read': BUSINESS,
  /** Stock movements (goods received, removed). */
  'inventory.adjust': BUSINESS,
  /** Creating, renaming, repricing or deleting catalogue products. */
  'catalogue.edit': OWNER,
  /** The expense ledger: lines, suppliers, totals by category. */
  'expenses.read': OWNER,
  /** Recording an expense or a receipt (staff hand in the receipts they paid). */
  'expenses.add': BUSINESS,
  /** Marketing texts, audience, campaigns' figures. */
  marketing: BUSINESS,
  /** Creating or changing campaigns. */
  'campaigns.edit': OWNER,
  /** Sending feedback about the app. */
  'feedback.send': BUSINESS,
  /** Reading the feedback received (the owner: their business's; platform staff: every business's). */
  'feedback.read': ['OWNER', 'SUPPORT', 'ADMIN'],
  /** The owner's review of their own team's conversations, read-only, their business only. */
  'team.review': OWNER,
  /** The platform's support console (every business, masked, audited, export). */
  'support.console': PLATFORM,
  /** API keys for integrators. */
  'apiKeys.manage': OWNER,
  /** Sales, refunds and declared daily takings, with their totals. */
  'sales.read': BUSINESS,
  /** Recording a sale or the day's takings (what happened at the counter). */
  'sales.record': BUSINESS,
  /** Giving money back for a sale. */
  'sales.refund': OWNER,
  /** Importing a till's export (history in bulk). */
  'sales.import': OWNER,
  /** The customer file and « le carnet »: who owes what. */
  'customers.read': BUSINESS,
  /** Adding or correcting a customer (at the counter). */
  'customers.edit': BUSINESS,
  /** Removing a customer, importing the customer list. */
  'customers.manage': OWNER,
  /** A customer paying back what they owe. */
  'customers.payment': BUSINESS,
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof ACCESS;
export const CAPABILITIES = Object.keys(ACCESS) as Capability[];

/** Whether `role` may use `capability`. */
export const can = (role: Role | string | null | undefined, capability: Capability): boolean =>
  !!role && (ACCESS[capability] as readonly string[]).includes(role);

/** Roles allowed by any of the capabilities (a route serving two audiences, e.g. team review and support console). */
export const rolesFor = (...capabilities: Capability[]): Role[] => [...new Set(capabilities.flatMap((c) => [...ACCESS[c]]))];
