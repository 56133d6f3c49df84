import type { ErrorEvent } from '@sentry/node';
import { reportTo } from '../common/filters/error-reporting';
import type { AppConfig } from '../config/app-config';

const SECRET_KEYS = /authorization|cookie|token|password|secret|api[-_]?key|text|message|content|body/i;

/**
 * Personal data and secrets that an exception message may quote (a Prisma error naming a unique email, a phone in a
 * validation message, a token in a URL): replaced by a placeholder, keeping the message useful for debugging.
 */
const PII: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [credentials]'],
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[jwt]'],
  [/\btjr_[\w-]+/g, '[api-key]'],
  [/\bwhsec_[\w+/=-]+/g, '[secret]'],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  // Phone numbers: Algerian (0X XX XX XX XX, +213 …) and any other 8+ digit run with separators.
  [/(?<![\w-])(\+|00)?\d[\d\s.()-]{7,}\d(?![\w-])/g, '[phone]'],
];

export function scrubText(text: string): string {
  return PII.reduce((t, [re, by]) => t.replace(re, by), text);
}

/** Strips credentials and any user text (chat messages, receipts) from an event before it leaves the process. */
export function scrubEvent<T extends ErrorEvent>(event: T): T {
  if (typeof event.message === 'string') event.message = scrubText(event.message);
  for (const ex of event.exception?.values ?? []) if (typeof ex.value === 'string') ex.value = scrubText(ex.value);
  const stripQuery = (url: unknown) => (typeof url === 'string' ? url.replace(/\?.*$/, '') : url);
  if (event.request) {
    event.request.url = stripQuery(event.request.url) as string | undefined;
    delete event.request.data;
    delete event.request.cookies;
    delete event.request.query_string;
    if (event.request.headers) {
      for (const key of Object.keys(event.request.headers)) {
        if (SECRET_KEYS.test(key)) delete event.request.headers[key];
      }
    }
  }
  if (event.extra) {
    for (const key of Object.keys(event.extra)) if (SECRET_KEYS.test(key)) delete event.extra[key];
  }
  for (const crumb of event.breadcrumbs ?? []) {
    if (crumb.data?.url) crumb.data.url = stripQuery(crumb.data.url);
    if (crumb.category === 'console') crumb.message = '[console output removed]';
    else if (typeof crumb.message === 'string') crumb.message = scrubText(crumb.message);
  }
  delete event.user?.email;
  delete event.user?.ip_address;
  return event;
}

/**
 * Sentry is active only when SENTRY_DSN is set, and only then is the SDK loaded: @sentry/node and its OpenTelemetry
 * instrumentations are ~15 MB of a process's memory at start, for nothing when no DSN is configured.
 */
export async function initSentry(config: AppConfig): Promise<boolean> {
  if (!config.SENTRY_DSN) return false;
  const sentry = await import('@sentry/node');
  sentry.init({
    dsn: config.SENTRY_DSN,
    environment: config.ENVIRONMENT,
    tracesSampleRate: config.SENTRY_TRACES_SAMPLE_RATE,
    beforeSend: (event) => scrubEvent(event),
  });
  reportTo(sentry);
  return true;
}
