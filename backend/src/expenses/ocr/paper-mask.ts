import { otsuThreshold } from './deskew';

/**
 * Finds the dark background around a receipt (a table under a phone photo, the scanner lid, a torn corner) on a small
 * blurred copy: dark regions connected to the image border. Text never survives the blur as a dark region touching
 * the border, so only background is found. Tesseract reads a big dark blob as a giant glyph that swallows the rows
 * next to it, so these pixels are painted white and the image is cropped to the paper.
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
  if (dark > light * 0.55) return null;
  const cut = (dark + light) / 2;

  const mask = new Uint8Array(width * height);
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    const i = y * width + x;
    if (mask[i] || gray[i] >= cut) return;
    mask[i] = 1;
    stack.push(i);
  };
  for (let x = 0; x < width; x += 1) {
    push(x, 0);
    push(x, height - 1);
  }
  for (let y = 0; y < height; y += 1) {
    push(0, y);
    push(width - 1, y);
  }
  while (stack.length) {
    const i = stack.pop()!;
    const x = i % width;
    const y = (i - x) / width;
    if (x > 0) push(x - 1, y);
    if (x < width - 1) push(x + 1, y);
    if (y > 0) push(x, y - 1);
    if (y < height - 1) push(x, y + 1);
  }

  // Grow by one pixel: the paper edge itself is a dark gradient (shadow) that would otherwise print as a bar.
  const grown = mask.slice();
  let count = 0;
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      if (!mask[i] && ((x > 0 && mask[i - 1]) || (x < width - 1 && mask[i + 1]) || (y > 0 && mask[i - width]) || (y < height - 1 && mask[i + width]))) {
        grown[i] = 1;
      }
    }
  }
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
  if (backgroundShare < 0.005 || right < 0 || backgroundShare > 0.9) return null;
  return { mask: grown, width, height, backgroundShare, box: { left, top, right, bottom } };
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
