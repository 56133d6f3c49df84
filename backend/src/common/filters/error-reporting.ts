import type * as SentrySdk from '@sentry/node';

/** The Sentry SDK once `initSentry` (observability/sentry.ts) has loaded and started it; none without SENTRY_DSN. */
let sentry: typeof SentrySdk | undefined;

export function reportTo(sdk: typeof SentrySdk): void {
  sentry = sdk;
}

/** Reports a server fault with its tags when Sentry is active; nothing otherwise. */
export function reportException(exception: unknown, tags: Record<string, string | undefined>): void {
  sentry?.withScope((scope) => {
    for (const [key, value] of Object.entries(tags)) if (value) scope.setTag(key, value);
    sentry?.captureException(exception);
  });
}
