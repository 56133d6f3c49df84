import { decodeOptions } from '../attachments/image-limits';
import { loadSharp } from '../attachments/sharp-loader';
import { estimateSkewDegrees, otsuThreshold } from './deskew';
import { flattenIllumination } from './illumination';
import { findBackground, protectInk, whitenMasked } from './paper-mask';

export interface ImagePrepOptions {
  /** Narrower images are upscaled to this width: small receipt print is below tesseract's comfortable x-height. */
  minWidth?: number;
  /** Wider images are downscaled to this width: phone photos gain nothing above it and cost seconds. */
  maxWidth?: number;
  maxUpscale?: number;
  /** Paint the dark background around the paper white and crop to the paper. */
  removeBackground?: boolean;
  /** Even out shadows and uneven light (photos) before anything else reads the ink. */
  flatten?: boolean;
  /** Estimate the text angle (±10°) and rotate it level. */
  deskew?: boolean;
  /** Stretch contrast to the full range (faded thermal print). */
  normalize?: boolean;
  /** Binarise with Otsu's threshold here instead of leaving it to tesseract. */
  threshold?: boolean;
}

/** A grey one-channel image as binary PGM (P5), the bytes tesseract's leptonica reads directly. */
export const toPgm = (pixels: Buffer, width: number, height: number): Buffer =>
  Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), pixels]);

/** The prepared image's grey pixels, row by row, without the PGM header. */
export const greyPixels = (image: PreparedImage): Buffer => image.data.subarray(image.data.length - image.width * image.height);

export interface PreparedImage {
  /** Grey image as binary PGM (P5): tesseract's leptonica reads it directly, with no PNG encode/decode. */
  data: Buffer;
  width: number;
  height: number;
  /** Angle that was corrected, in degrees (0 when none). */
  skewDegrees: number;
  scale: number;
}

/** What measured well on the dev set; `npm run eval:ocr -- --prep key=value,...` re-measures any change. */
export const DEFAULT_PREP: Required<ImagePrepOptions> = {
  // Upscaling 439–1000 px scans to 800 or 1000 px bought nothing on the dev set and doubled the OCR time; only
  // thumbnails are enlarged.
  minWidth: 400,
  // Phone photos: 1800 px across a receipt is still ~40 px per character.
  maxWidth: 1800,
  maxUpscale: 2.5,
  removeBackground: true,
  flatten: true,
  deskew: true,
  normalize: false,
  threshold: false,
};

/** Width of the copy used to estimate skew: enough for text rows to separate, small enough to stay ~10 ms. */
const SKEW_WIDTH = 600;
/** Below this the rotation costs more (resampling blur) than it helps. */
const MIN_SKEW_DEGREES = 0.6;

/**
 * Upload → grey image for tesseract: EXIF orientation applied, transparency flattened on white, grey, deskewed,
 * scaled into a useful width range, optionally contrast-normalised or binarised.
 */
export async function prepareReceiptImage(input: Buffer, options: ImagePrepOptions = {}): Promise<PreparedImage> {
  const sharp = await loadSharp();
  const o = { ...DEFAULT_PREP, ...options };
  // failOn 'none': phone JPEGs are often slightly truncated; a partial image still reads.
  const decoded = await sharp(input, decodeOptions())
    .rotate() // EXIF orientation
    // Phone photos (4000 px) are shrunk while decoding (JPEG shrink-on-load), leaving room for the paper crop below.
    .resize({ width: Math.round(o.maxWidth * 1.5), withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .greyscale()
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  let gray: Buffer = decoded.data;
  let { width, height } = decoded.info;
  if (o.removeBackground) ({ gray, width, height } = await removeBackground(gray, width, height));
  if (o.flatten) gray = flattenIllumination(gray, width, height).data;

  let scale = 1;
  if (width < o.minWidth) scale = Math.min(o.minWidth / width, o.maxUpscale);
  else if (width > o.maxWidth) scale = o.maxWidth / width;

  const skewDegrees = o.deskew ? await estimateSkew(gray, width, height) : 0;

  let pipeline = sharp(gray, { raw: { width, height, channels: 1 } });
  if (Math.abs(skewDegrees) >= MIN_SKEW_DEGREES) pipeline = pipeline.rotate(-skewDegrees, { background: '#ffffff' });
  const rotatedWidth = Math.abs(skewDegrees) >= MIN_SKEW_DEGREES ? rotatedSize(width, height, skewDegrees).width : width;
  if (scale !== 1) pipeline = pipeline.resize({ width: Math.round(rotatedWidth * scale), kernel: scale > 1 ? 'cubic' : 'lanczos3' });

  if (o.normalize) pipeline = pipeline.normalise({ lower: 1, upper: 99 });
  if (o.threshold) {
    const raw = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    pipeline = sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: 1 } }).threshold(otsuThreshold(raw.data));
  }
  const out = await pipeline.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const pgm = toPgm(out.data, out.info.width, out.info.height);
  return {
    data: pgm,
    width: out.info.width,
    height: out.info.height,
    skewDegrees: Math.abs(skewDegrees) >= MIN_SKEW_DEGREES ? skewDegrees : 0,
    scale,
  };
}

/** Width of the copy used to find the background: the paper's outline survives, text blurs away. */
const MASK_WIDTH = 300;

async function removeBackground(gray: Buffer, width: number, height: number): Promise<{ gray: Buffer; width: number; height: number }> {
  const sharp = await loadSharp();
  const sharpCopy = await sharp(gray, { raw: { width, height, channels: 1 } })
    .resize({ width: Math.min(MASK_WIDTH, width), kernel: 'linear' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const small = await sharp(sharpCopy.data, { raw: { width: sharpCopy.info.width, height: sharpCopy.info.height, channels: 1 } })
    .blur(1)
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const found = findBackground(small.data, small.info.width, small.info.height);
  if (!found) return { gray, width, height };
  const mask = protectInk(found, sharpCopy.data);
  const whitened = whitenMasked(gray, width, height, mask);
  const sx = width / mask.width;
  const sy = height / mask.height;
  const left = Math.max(0, Math.floor((mask.box.left - 1) * sx));
  const top = Math.max(0, Math.floor((mask.box.top - 1) * sy));
  const right = Math.min(width, Math.ceil((mask.box.right + 2) * sx));
  const bottom = Math.min(height, Math.ceil((mask.box.bottom + 2) * sy));
  const cropped = await sharp(whitened, { raw: { width, height, channels: 1 } })
    .extract({ left, top, width: right - left, height: bottom - top })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { gray: cropped.data, width: cropped.info.width, height: cropped.info.height };
}

async function estimateSkew(gray: Buffer, width: number, height: number): Promise<number> {
  const sharp = await loadSharp();
  const small = await sharp(gray, { raw: { width, height, channels: 1 } })
    .resize({ width: Math.min(SKEW_WIDTH, width), kernel: 'linear' })
    .toColourspace('b-w') // raw one-channel input would otherwise come back as sRGB
    .raw()
    .toBuffer({ resolveWithObject: true });
  return estimateSkewDegrees(small.data, small.info.width, small.info.height);
}

function rotatedSize(width: number, height: number, degrees: number): { width: number; height: number } {
  const a = (Math.abs(degrees) * Math.PI) / 180;
  return { width: Math.ceil(width * Math.cos(a) + height * Math.sin(a)), height: Math.ceil(width * Math.sin(a) + height * Math.cos(a)) };
}
