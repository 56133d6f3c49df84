import { AppError, ErrorCode } from '../common/errors/app-error';

/**
 * Limits of the image work, set once at start from the configuration (IMAGE_MAX_PIXELS, IMAGE_CONCURRENCY).
 *
 * A picture's byte size says nothing about its decoded size: a 0.8 MB one-colour PNG can be 16000×16000 (256 MP,
 * 1 GB of RGBA). The pixel count is read from the header and checked before anything decodes it, and every sharp
 * pipeline that decodes an upload passes `limitInputPixels` as well (sharp's own default, ~268 MP, is far too high
 * for a phone photo: 12–50 MP).
 */
export const imageLimits = {
  maxPixels: 40_000_000,
  concurrency: 2,
  /** Image jobs allowed to wait for a slot; past that a request is told to come back (429 with Retry-After). */
  maxQueued: 16,
};

export function configureImageLimits(options: { IMAGE_MAX_PIXELS?: number; IMAGE_CONCURRENCY?: number }): void {
  if (options.IMAGE_MAX_PIXELS) imageLimits.maxPixels = options.IMAGE_MAX_PIXELS;
  if (options.IMAGE_CONCURRENCY) {
    imageLimits.concurrency = options.IMAGE_CONCURRENCY;
    imageLimits.maxQueued = options.IMAGE_CONCURRENCY * 8;
  }
}

/** sharp options for decoding an upload: bad bytes tolerated (phones write odd files), pixels bounded. */
export const decodeOptions = () => ({ failOn: 'none' as const, limitInputPixels: imageLimits.maxPixels });

export const tooManyPixels = (width: number, height: number) =>
  new AppError(
    ErrorCode.PAYLOAD_TOO_LARGE,
    `The picture is too large (${width}×${height} pixels); send one of at most ${Math.round(imageLimits.maxPixels / 1e6)} megapixels`,
    {
      maxPixels: imageLimits.maxPixels,
      width,
      height,
    },
  );

/**
 * At most `concurrency` image jobs (decoding, barcode reading, label OCR) run at once in this process: a burst of
 * pictures waits its turn instead of taking every core (and the event loop's helpers) from the other requests of
 * every business. Beyond `maxQueued` waiting, the request is refused with 429 and Retry-After.
 */
class ImageWorkLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= imageLimits.concurrency) {
      if (this.waiting.length >= imageLimits.maxQueued) {
        throw new AppError(ErrorCode.RATE_LIMITED, 'Too many pictures are being analysed right now; try again in a few seconds', {
          retryAfterSeconds: 5,
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.active++;
    try {
      return await job();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  get load() {
    return { active: this.active, waiting: this.waiting.length };
  }
}

export const imageWork = new ImageWorkLimiter();
