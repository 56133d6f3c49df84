import type {} from '@fastify/multipart'; // its types: req.parts(), req.isMultipart()
import type { FastifyRequest } from 'fastify';
import { AppError, validationFailed } from '../errors/app-error';

export interface MultipartLimits {
  fileSize: number;
  files: number;
  fields: number;
  fieldSize: number;
  parts: number;
}

export interface ReadFile {
  buffer: Buffer;
  originalName: string | null;
}

/**
 * Reads a multipart body with @fastify/multipart the way multer's `.single(field)` did: one file, in memory, from
 * the named field, the text fields on `req.body` (for @Body()); every limit a 4xx JSON error — the file over its size
 * `tooLarge` (413) as soon as the stream passes it, a file in another field or a second one, too many parts or
 * fields, a field too long and a malformed body a 400.
 */
export async function readSingleFile(
  req: FastifyRequest,
  field: string,
  limits: MultipartLimits,
  errors: { tooLarge: () => AppError; unexpectedFile: (field: string) => AppError },
): Promise<ReadFile | undefined> {
  const fields: Record<string, string | string[]> = {};
  let file: ReadFile | undefined;
  try {
    for await (const part of req.parts({ limits })) {
      if (part.type === 'file') {
        if (part.fieldname !== field || file) throw errors.unexpectedFile(part.fieldname);
        file = { buffer: await part.toBuffer(), originalName: part.filename || null };
      } else {
        if (part.valueTruncated) throw validationFailed([{ field: part.fieldname, message: 'Field value too long' }]);
        const value = String(part.value);
        const seen = fields[part.fieldname];
        fields[part.fieldname] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
      }
    }
  } catch (err) {
    throw toAppError(err, field, errors);
  }
  (req as { body: unknown }).body = fields;
  return file;
}

function toAppError(err: unknown, field: string, errors: { tooLarge: () => AppError; unexpectedFile: (field: string) => AppError }) {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string })?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return errors.tooLarge();
  if (code === 'FST_FILES_LIMIT') return errors.unexpectedFile(field);
  if (code === 'FST_PARTS_LIMIT') return validationFailed([{ message: 'Too many parts' }]);
  if (code === 'FST_FIELDS_LIMIT') return validationFailed([{ message: 'Too many fields' }]);
  if (code === 'FST_PROTO_VIOLATION') return validationFailed([{ message: 'Prototype property is not allowed as a field name' }]);
  // busboy: truncated or malformed multipart bodies.
  return validationFailed([{ message: `Malformed multipart body: ${(err as Error)?.message ?? 'unreadable'}` }]);
}
