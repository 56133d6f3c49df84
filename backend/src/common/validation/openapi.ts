import { z } from 'zod';

/**
 * OpenAPI schemas are derived from the same zod schemas that validate requests, so the docs can't drift from the
 * checks. Use with `@ApiBody({ schema: openApi(CreateXSchema) })` or `@ApiQuery`.
 */
export function openApi(schema: z.ZodType, example?: unknown): Record<string, any> {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any', io: 'input' }) as Record<string, any>;
  delete json.$schema;
  if (example !== undefined) json.example = example;
  return json;
}
