import { CallHandler, createParamDecorator, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { loadSharp } from './sharp-loader';
import { AppError, ErrorCode, validationFailed } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { readSingleFile } from '../common/http/multipart';
import { imageLimits, tooManyPixels } from './image-limits';

/**
 * The one set of upload rules for every endpoint that takes an image (attachments, inventory image analysis, receipt
 * OCR): multipart field `file`, in memory, at most UPLOAD_MAX_BYTES (413 beyond), and an image *by its content* —
 * the declared type and the file name are never trusted (415 otherwise).
 */

export const IMAGE_FIELD = 'file';

/** Formats we accept, by sharp's name for them. SVG is left out on purpose: it is a document that can carry script. */
const ACCEPTED: Record<string, { mimeType: string; extension: string }> = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  gif: { mimeType: 'image/gif', extension: 'gif' },
  tiff: { mimeType: 'image/tiff', extension: 'tif' },
  heif: { mimeType: 'image/heif', extension: 'heic' },
};
export const ACCEPTED_IMAGE_TYPES = Object.values(ACCEPTED).map((f) => f.mimeType);

export interface ImageInfo {
  /** sharp's format name: jpeg, png, webp, gif, tiff, heif. */
  format: string;
  /** From the content, not from what the client declared. */
  mimeType: string;
  extension: string;
  /** As displayed, i.e. after the EXIF orientation is applied. */
  width: number;
  height: number;
}

export interface UploadedImageFile {
  buffer: Buffer;
  originalName: string | null;
  image: ImageInfo;
}

const unsupported = (what?: string) =>
  new AppError(
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    `The file is not a supported image${what ? ` (${what})` : ''}; send a JPEG, PNG, WebP, GIF, TIFF or HEIF picture`,
    { accepted: ACCEPTED_IMAGE_TYPES },
  );

/** Decodes the header with sharp: 415 unless the bytes are an image in an accepted format. */
export async function inspectImage(buffer: Buffer): Promise<ImageInfo> {
  const sharp = await loadSharp();
  if (!buffer?.length) throw unsupported('empty file');
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // Header only (nothing is decoded here), so sharp's own pixel limit is lifted to read the real dimensions: our
    // limit is applied just below, with a clear 413.
    meta = await sharp(buffer, { limitInputPixels: false }).metadata();
  } catch {
    throw unsupported();
  }
  const format = meta.format ? ACCEPTED[meta.format] : undefined;
  if (!format) throw unsupported(meta.format ? `${meta.format} is not accepted` : undefined);
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw unsupported('no picture in it');
  // Decompression bombs: the header's pixel count (every page or frame of it) is checked before anything decodes it.
  if (meta.width! * (meta.pageHeight ?? meta.height!) * Math.max(1, meta.pages ?? 1) > imageLimits.maxPixels)
    throw tooManyPixels(width, height);
  // HEIF is a container: AVIF pictures are HEIF with AV1 inside and have their own type.
  const avif = meta.format === 'heif' && meta.compression === 'av1';
  return {
    format: meta.format!,
    mimeType: avif ? 'image/avif' : format.mimeType,
    extension: avif ? 'avif' : format.extension,
    width,
    height,
  };
}

/** 413 with the limit, so clients can tell the user how big a picture may be. */
export const tooLarge = (limitBytes: number) =>
  new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than the ${formatBytes(limitBytes)} limit`, { limitBytes });

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** Checks a buffer that did not come through an upload (e.g. a tool passing bytes) against the same rules. */
export async function checkImageBuffer(buffer: Buffer, limitBytes: number): Promise<ImageInfo> {
  if (buffer.length > limitBytes) throw tooLarge(limitBytes);
  return inspectImage(buffer);
}

type RequestWithImage = FastifyRequest & { uploadedImage?: UploadedImageFile };

/**
 * Parses a multipart body (if the request has one) with the upload rules above and leaves the checked image on the
 * request for `@UploadedImage()`. Non-multipart requests pass through untouched, so one route can also take JSON
 * (e.g. `{ attachmentId }`).
 */
@Injectable()
export class ImageUploadInterceptor implements NestInterceptor {
  private readonly limitBytes: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limitBytes = config.UPLOAD_MAX_BYTES;
  }

  async intercept(context: ExecutionContext, next: CallHandler) {
    const req = context.switchToHttp().getRequest<RequestWithImage>();
    if (req.isMultipart()) {
      // A declared length far over the limit is refused before reading the body.
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > this.limitBytes + 1024 * 1024) throw tooLarge(this.limitBytes);
      const file = await readSingleFile(
        req,
        IMAGE_FIELD,
        { fileSize: this.limitBytes, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 },
        {
          tooLarge: () => tooLarge(this.limitBytes),
          unexpectedFile: (field) => validationFailed([{ field, message: `send one image, in the "${IMAGE_FIELD}" field` }]),
        },
      );
      if (file) req.uploadedImage = { ...file, image: await inspectImage(file.buffer) };
    }
    return next.handle();
  }
}

/**
 * The image checked by ImageUploadInterceptor. `@UploadedImage()` requires one (400 naming the `file` field);
 * `@UploadedImage({ optional: true })` gives `undefined` when the request had none.
 */
export const UploadedImage = createParamDecorator((options: { optional?: boolean } | undefined, ctx: ExecutionContext) => {
  const file = ctx.switchToHttp().getRequest<RequestWithImage>().uploadedImage;
  if (!file && !options?.optional)
    throw validationFailed([{ field: IMAGE_FIELD, message: 'an image file is required (multipart/form-data)' }]);
  return file;
});
