/**
 * One fixture for the integration suites' usual set-up: a private database cloned from a template, the real app on it,
 * and the users of the file signed in. It registers its own beforeAll/afterAll, so a file declares what it needs once:
 *
 *   const app = seededApp({ logins: ['owner@demo.dz', 'staff@demo.dz', 'owner@oran.dz'] });
 *   let t: TestApp, db: TestDatabase, owner: string, staff: string, oran: string;
 *   beforeAll(() => ({ t, db, tokens: [owner, staff, oran] } = app));
 *
 * Jest runs beforeAll hooks in the order they are registered, so the fixture is ready when the file's own hook copies
 * its fields. Everything is closed after the file, the app before its database (it still holds pooled connections).
 * afterAll hooks also run in declaration order: a file that must close its own clients (sockets, MCP sessions) before
 * the app declares that afterAll above the fixture, or the app's close waits on them and its timers outlive the file.
 */
import { createTestApp, TestApp } from './test-app';
import { createTestDatabase, CreateTestDatabaseOptions, TestDatabase } from '../setup/test-database';

export interface SeededAppOptions extends CreateTestDatabaseOptions {
  /** Extra configuration for the app (limits, providers, stream delay…). */
  env?: Record<string, string>;
  /** Accounts to sign in once the app is up (password `demo` unless given as `[email, password]`). */
  logins?: Array<string | [string, string]>;
}

export interface SeededApp {
  t: TestApp;
  db: TestDatabase;
  /** Access tokens, in the order of `logins`. */
  tokens: string[];
  /** The id of a tenant of the template by its slug (`demo-superette`, `oran-epicerie`…). */
  tenantId(slug: string): Promise<string>;
}

export function seededApp(opts: SeededAppOptions = {}): SeededApp {
  const fixture = {} as SeededApp;
  beforeAll(async () => {
    fixture.db = await createTestDatabase({ template: opts.template });
    fixture.t = await createTestApp(fixture.db.url, opts.env);
    fixture.tokens = await Promise.all(
      (opts.logins ?? []).map((login) => (Array.isArray(login) ? fixture.t.login(login[0], login[1]) : fixture.t.login(login))),
    );
  });
  fixture.tenantId = async (slug) => (await fixture.db.prisma.tenant.findUniqueOrThrow({ where: { slug } })).id;
  afterAll(async () => {
    await fixture.t?.close();
    await fixture.db?.drop();
  });
  return fixture;
}

/** The demo template's usual cast: the superette's owner and staff, and the Oran shop's owner (another tenant). */
export interface DemoShop {
  t: TestApp;
  db: TestDatabase;
  owner: string;
  staff: string;
  oran: string;
  /** The demo superette's tenant id. */
  demoId: string;
  tenantId(slug: string): Promise<string>;
}

/**
 * `seededApp` signed in as the demo superette's owner and staff and as the Oran shop's owner, with the superette's id —
 * the set-up most feature suites share (they had it written out, fourteen lines each):
 *
 *   let { t, db, owner, staff, oran, demoId } = {} as DemoShop;
 *   const shop = demoShopApp();
 *   beforeAll(() => ({ t, db, owner, staff, oran, demoId } = shop));
 */
export function demoShopApp(opts: Omit<SeededAppOptions, 'logins'> = {}): DemoShop {
  const app = seededApp({ ...opts, logins: ['owner@demo.dz', 'staff@demo.dz', 'owner@oran.dz'] });
  const shop = { tenantId: (slug: string) => app.tenantId(slug) } as DemoShop;
  beforeAll(async () => {
    [shop.owner, shop.staff, shop.oran] = app.tokens;
    shop.t = app.t;
    shop.db = app.db;
    shop.demoId = await app.tenantId('demo-superette');
  });
  return shop;
}
