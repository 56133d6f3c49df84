import { applyDecorators, CallHandler, createParamDecorator, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiQuery } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { validationFailed } from '../common/errors/app-error';
import { readSingleFile } from '../common/http/multipart';
import { tooLarge } from '../attachments/image-upload';
import { TABLE_LIMITS } from './read-table';

/**
 * Upload rules of every import endpoint: multipart field `file`, kept in memory, at most TABLE_LIMITS.maxBytes (413
 * before the body is read when Content-Length says so, and as soon as the stream passes it otherwise). What the file
 * is (CSV or XLSX) is decided from its bytes by readTable, never from its name or declared type.
 */
export const TABLE_FIELD = 'file';

export interface UploadedTableFile {
  buffer: Buffer;
  originalName: string | null;
}

type RequestWithTable = FastifyRequest & { uploadedTable?: UploadedTableFile };

@Injectable()
export class TableUploadInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler) {
    const req = context.switchToHttp().getRequest<RequestWithTable>();
    if (!req.isMultipart()) {
      throw validationFailed([{ field: TABLE_FIELD, message: 'send the CSV or XLSX file as multipart/form-data in the "file" field' }]);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > TABLE_LIMITS.maxBytes + 1024 * 1024) throw tooLarge(TABLE_LIMITS.maxBytes);
    req.uploadedTable = await readSingleFile(
      req,
      TABLE_FIELD,
      { fileSize: TABLE_LIMITS.maxBytes, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 },
      {
        tooLarge: () => tooLarge(TABLE_LIMITS.maxBytes),
        unexpectedFile: (field) => validationFailed([{ field, message: `send one file, in the "${TABLE_FIELD}" field` }]),
      },
    );
    return next.handle();
  }
}

/** The uploaded file; 400 naming `file` when the request had none. */
export const UploadedTable = createParamDecorator((_: unknown, ctx: ExecutionContext): UploadedTableFile => {
  const file = ctx.switchToHttp().getRequest<RequestWithTable>().uploadedTable;
  if (!file) throw validationFailed([{ field: TABLE_FIELD, message: 'a CSV or XLSX file is required (multipart/form-data)' }]);
  return file;
});

/**
 * The OpenAPI side of an import endpoint (a multipart `file`, `dryRun` and `skipInvalid`), written once for the
 * catalogue, customers and till imports, which share the upload rules and the report's conventions.
 */
export const ApiTableImport = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [TABLE_FIELD],
        properties: { [TABLE_FIELD]: { type: 'string', format: 'binary', description: 'CSV or XLSX, at most 10 MB and 20,000 rows' } },
      },
    }),
    ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'] }),
    ApiQuery({ name: 'skipInvalid', required: false, enum: ['true', 'false'] }),
  );
