import * as Sentry from '@sentry/node';
import type { AppConfig } from '../config/app-config';

const SECRET_KEYS = /authorization|cookie|token|password|secret|api[-_]?key|text|message|content|body/i;

/** Strips credentials and any user text (chat messages, receipts) from an event before it leaves the process. */
export function scrubEvent<T extends Sentry.ErrorEvent>(event: T): T {
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
  }
  delete event.user?.email;
  delete event.user?.ip_address;
  return event;
}

/** Sentry is active only when SENTRY_DSN is set. */
export function initSentry(config: AppConfig): boolean {
  if (!config.SENTRY_DSN) return false;
  Sentry.init({
    dsn: config.SENTRY_DSN,
    environment: config.ENVIRONMENT,
    tracesSampleRate: config.SENTRY_TRACES_SAMPLE_RATE,
    beforeSend: (event) => scrubEvent(event),
  });
  return true;
}
