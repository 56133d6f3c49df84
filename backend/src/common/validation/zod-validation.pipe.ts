import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { validationFailed } from '../errors/app-error';
import { assertValidText } from './text-guard';

/** Validates (and coerces) a body or query with a zod schema; a failure is a 400 that names every bad field. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    assertValidText(value);
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    throw validationFailed(
      result.error.issues.map((issue) => {
        const keys = issue.code === 'unrecognized_keys' ? ((issue as any).keys as string[]) : [];
        const path = [...issue.path, ...(keys.length === 1 ? keys : [])].join('.');
        return { field: path || (keys.length ? keys.join(', ') : undefined), message: issue.message };
      }),
    );
  }
}

/** Shorthand for handlers: `@Body(zod(CreateProductSchema)) dto: CreateProductDto`. */
export const zod = <S extends z.ZodType>(schema: S) => new ZodValidationPipe(schema);
