import { Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';

/**
 * The business services handed to tools as `ctx.services`. Tools never touch Prisma: they call these.
 * Resolved lazily through the module graph so the agent doesn't import every feature module's internals.
 */
export const TOOL_SERVICE_CLASSES: Record<string, () => Type<unknown>> = {};

export function buildToolServices(moduleRef: ModuleRef): Record<string, unknown> {
  const services: Record<string, unknown> = {};
  for (const [key, load] of Object.entries(TOOL_SERVICE_CLASSES)) {
    Object.defineProperty(services, key, {
      enumerable: true,
      get: () => moduleRef.get(load(), { strict: false }),
    });
  }
  return services;
}
