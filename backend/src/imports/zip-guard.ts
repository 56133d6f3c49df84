/**
 * An XLSX file is a ZIP archive, and a ZIP can inflate a few kilobytes into gigabytes (a "zip bomb"). The sizes a ZIP
 * declares can lie, so they are not trusted: every entry is inflated here in small steps while the bytes actually
 * produced are counted, and reading stops as soon as a limit is passed. The spreadsheet parser then only ever sees
 * a ZIP rebuilt from the entries checked here, never the uploaded bytes.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, zipSync } from 'fflate';
import { AppError, ErrorCode } from '../common/errors/app-error';

export interface ZipLimits {
  /** Total inflated bytes of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
}

/** Input is pushed to the inflater in slices this big, so one step can inflate at most ~16 MB (deflate's ratio is ≤ 1032:1). */
const SLICE = 16 * 1024;

class LimitExceeded extends Error {}

export function tooBigArchive(limits: ZipLimits, what: string): AppError {
  return new AppError(
    ErrorCode.PAYLOAD_TOO_LARGE,
    `The spreadsheet is too large once decompressed (${what}); the limit is ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB of content and ${limits.maxEntries} parts. Split it into smaller files or save it as CSV.`,
    { maxUncompressedBytes: limits.maxTotalBytes, maxEntries: limits.maxEntries },
  );
}

/** The archive's entries, inflated within the limits (413 beyond them, 400 for a damaged archive). */
export function extractZip(buffer: Uint8Array, limits: ZipLimits): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  let entries = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    if (++entries > limits.maxEntries) throw new LimitExceeded(`more than ${limits.maxEntries} parts`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) throw new LimitExceeded(`more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB`);
      chunks.push(chunk);
      if (final) files[file.name] = concat(chunks, size);
    };
    file.start();
  };
  try {
    for (let at = 0; at < buffer.length; at += SLICE) unzip.push(buffer.subarray(at, at + SLICE), at + SLICE >= buffer.length);
  } catch (err) {
    if (err instanceof LimitExceeded) throw tooBigArchive(limits, err.message);
    throw unreadable(`damaged archive: ${(err as Error).message}`);
  }
  if (!Object.keys(files).length) throw unreadable('empty archive');
  return files;
}

/** A fresh, uncompressed ZIP of entries already checked by extractZip (fast to build, nothing left to inflate). */
export function rebuildZip(files: Record<string, Uint8Array>): Buffer {
  return Buffer.from(zipSync(files, { level: 0 }));
}

export const unreadable = (why: string) =>
  new AppError(ErrorCode.VALIDATION_FAILED, `The file could not be read as a spreadsheet (${why}); send a CSV or an .xlsx file`, [
    { field: 'file', message: why },
  ]);

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
