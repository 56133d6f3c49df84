import { otsuThreshold } from './deskew';

/**
 * Finds the background around a receipt (a table under a phone photo, the scanner lid, a torn corner) on a small
 * blurred copy, so that it can be painted white and cropped away: tesseract reads a big dark blob as a giant glyph
 * that swallows the rows next to it.
 *
 * The background is grown from the dark pixels of the image border, one neighbour at a time, only across small
 * steps in brightness. A shadow (of the phone, of a hand) darkens the table and the paper alike but softly, over many
 * pixels, so the growth follows it on the table; the paper's edge is a sharp step even in the shadow, so the growth
 * stops there and shadowed paper is kept. (A plain global threshold took the shadowed half of the receipt for table.)
 */

export interface PaperMask {
  /** 1 = background, at the small size. */
  mask: Uint8Array;
  width: number;
  height: number;
  /** Share of the image that is background, 0..1. */
  backgroundShare: number;
  /** Bounding box of the paper at the small size. */
  box: { left: number; top: number; right: number; bottom: number };
}

/**
 * Largest brightness step between neighbours that the background may cross, on the ~300 px copy blurred by 1 px:
 * a soft shadow on a table changes by ≤ 3 levels a pixel, a paper edge by 10 or more.
 */
const MAX_STEP = 4;
/** The paper is a convex quadrilateral: it fills most of its bounding box. Less means the growth got into it. */
const MIN_FILL = 0.7;

/** `gray` is a small (~200 px wide), blurred grey image. Returns null when there is no dark background. */
export function findBackground(gray: Uint8Array, width: number, height: number): PaperMask | null {
  const t = otsuThreshold(gray);
  let darkSum = 0;
  let darkN = 0;
  let lightSum = 0;
  let lightN = 0;
  for (let i = 0; i < gray.length; i += 1) {
    if (gray[i] < t) {
      darkSum += gray[i];
      darkN += 1;
    } else {
      lightSum += gray[i];
      lightN += 1;
    }
  }
  if (!darkN || !lightN) return null;
  const dark = darkSum / darkN;
  const light = lightSum / lightN;
  // Blurred text on paper stays close to the paper's tone; a background is much darker.
  if (dark > light * 0.62) return null;
  // Seeds: border pixels clearly darker than the paper. Growth may then climb gentle slopes up to near paper tone.
  const seedCut = (dark + light) / 2;
  const ceiling = light * 0.97;

  const mask = new Uint8Array(width * height);
  const stack: number[] = [];
  const seed = (x: number, y: number) => {
    const i = y * width + x;
    if (mask[i] || gray[i] >= seedCut) return;
    mask[i] = 1;
    stack.push(i);
  };
  for (let x = 0; x < width; x += 1) {
    seed(x, 0);
    seed(x, height - 1);
  }
  for (let y = 0; y < height; y += 1) {
    seed(0, y);
    seed(width - 1, y);
  }
  const grow = (from: number, to: number) => {
    if (mask[to] || gray[to] >= ceiling || Math.abs(gray[to] - gray[from]) > MAX_STEP) return;
    mask[to] = 1;
    stack.push(to);
  };
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % width;
    const y = (i - x) / width;
    if (x > 0) grow(i, i - 1);
    if (x < width - 1) grow(i, i + 1);
    if (y > 0) grow(i, i - width);
    if (y < height - 1) grow(i, i + width);
  }

  // Grow by two pixels: the paper edge itself is a dark gradient (shadow, blur) that would otherwise print as a bar.
  let grown = mask;
  for (let pass = 0; pass < 2; pass += 1) {
    const next = grown.slice();
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const i = y * width + x;
        if (!grown[i] && ((x > 0 && grown[i - 1]) || (x < width - 1 && grown[i + 1]) || (y > 0 && grown[i - width]) || (y < height - 1 && grown[i + width]))) {
          next[i] = 1;
        }
      }
    }
    grown = next;
  }
  let count = 0;
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (grown[y * width + x]) {
        count += 1;
        continue;
      }
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  const backgroundShare = count / mask.length;
  // Nothing worth removing, or nothing left: leave the image alone.
  if (backgroundShare < 0.005 || right < 0 || backgroundShare > 0.85) return null;
  const fill = (mask.length - count) / ((right - left + 1) * (bottom - top + 1));
  if (fill < MIN_FILL) return null;
  return { mask: convexRows(grown, width, height), width, height, backgroundShare, box: { left, top, right, bottom } };
}

/**
 * Keeps as paper everything between the left-most and right-most paper pixel of each row (and of each column): where
 * the growth slipped into the paper through a weak edge, the text there is not painted over.
 */
function convexRows(mask: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(mask.length).fill(1);
  for (let y = 0; y < height; y += 1) {
    let l = -1;
    let r = -1;
    for (let x = 0; x < width; x += 1) {
      if (mask[y * width + x]) continue;
      if (l < 0) l = x;
      r = x;
    }
    for (let x = l; l >= 0 && x <= r; x += 1) out[y * width + x] = 0;
  }
  for (let x = 0; x < width; x += 1) {
    let t = -1;
    let b = -1;
    for (let y = 0; y < height; y += 1) {
      if (mask[y * width + x]) continue;
      if (t < 0) t = y;
      b = y;
    }
    for (let y = t; t >= 0 && y <= b; y += 1) out[y * width + x] = 0;
  }
  return out;
}

/** Paints masked pixels of the full-size grey image white (nearest-neighbour lookup into the small mask). */
export function whitenMasked(gray: Buffer, width: number, height: number, m: PaperMask): Buffer {
  const out = Buffer.from(gray);
  const sx = m.width / width;
  const sy = m.height / height;
  for (let y = 0; y < height; y += 1) {
    const row = Math.min(m.height - 1, Math.floor(y * sy)) * m.width;
    for (let x = 0; x < width; x += 1) {
      if (m.mask[row + Math.min(m.width - 1, Math.floor(x * sx))]) out[y * width + x] = 255;
    }
  }
  return out;
}
