import { ConfigError, loadConfig } from '../../src/config/app-config';

describe('configuration', () => {
  it('uses the embedded database and seeds the demo when DATABASE_URL is unset', () => {
    const c = loadConfig({});
    expect(c.embeddedDatabase).toBe(true);
    expect(c.seedDemo).toBe(true);
    expect(c.PORT).toBe(3000);
    expect(c.LLM_PROVIDER).toBe('local');
  });

  it('does not seed an external database unless SEED_DEMO=true', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/tajer' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/tajer', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SENTRY_DSN: 'not a url' }, 'SENTRY_DSN'],
    [{ SECRET_KEY: 'short' }, 'SECRET_KEY'],
    [{ ENVIRONMENT: 'production' }, 'SECRET_KEY'],
    [{ LLM_PROVIDER: 'openai' }, 'OPENAI_API_KEY'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
  ])('refuses %j with a message naming %s', (env, name) => {
    expect(() => loadConfig(env as any)).toThrow(ConfigError);
    expect(() => loadConfig(env as any)).toThrow(new RegExp(name));
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).embeddedDatabase).toBe(true);
  });
});
