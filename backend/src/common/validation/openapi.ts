import { z } from 'zod';

const toOpenApi = (schema: z.ZodType, io: 'input' | 'output', example?: unknown): Record<string, any> => {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any', io }) as Record<string, any>;
  delete json.$schema;
  if (example !== undefined) json.example = example;
  return json;
};

/**
 * OpenAPI schemas are derived from the same zod schemas that validate requests, so the docs can't drift from the
 * checks. Use with `@ApiBody({ schema: openApi(CreateXSchema) })` or `@ApiQuery`.
 */
export const openApi = (schema: z.ZodType, example?: unknown): Record<string, any> => toOpenApi(schema, 'input', example);

/**
 * A response's OpenAPI schema from the zod schema that describes it (as sent), with its example:
 * `@ApiOkResponse({ schema: openApiResponse(XPageResponse, EXAMPLE) })`. The REST tests parse live responses with the
 * same zod schema, so the documented shape is the one served.
 */
export const openApiResponse = (schema: z.ZodType, example?: unknown): Record<string, any> => toOpenApi(schema, 'output', example);
