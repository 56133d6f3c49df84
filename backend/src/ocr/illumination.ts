/**
 * Evens out the light on a photographed receipt: a shadow (of the phone, of a hand) or a lamp on one side leaves part
 * of the paper grey, and tesseract's global threshold then loses the text there, or the deskew sees the shadow as ink.
 * The paper's own brightness is estimated per block (its brightest pixels: text is darker than paper), smoothed, and
 * each pixel is divided by it, so paper becomes white everywhere and text keeps its contrast.
 */

export interface FlattenResult {
  data: Buffer;
  /** Brightest / darkest paper block: 1 on an evenly lit scan, 1.5 under a marked shadow. */
  spread: number;
}

/** Below this spread the light is even enough: the image is returned as it is. */
const MIN_SPREAD = 1.12;

export function flattenIllumination(gray: Buffer, width: number, height: number): FlattenResult {
  // Blocks of ~1/40 of the width: larger than a character, small enough to follow a shadow's edge.
  const block = Math.max(8, Math.round(width / 40));
  const bw = Math.ceil(width / block);
  const bh = Math.ceil(height / block);
  const peak = new Float32Array(bw * bh);
  for (let y = 0; y < height; y += 1) {
    const row = Math.floor(y / block) * bw;
    for (let x = 0; x < width; x += 1) {
      const v = gray[y * width + x];
      const b = row + Math.floor(x / block);
      if (v > peak[b]) peak[b] = v;
    }
  }
  // A block that is all ink (a bold title) takes its neighbours' paper tone: 3×3 maximum, then a 3×3 mean.
  const maxed = filter3(peak, bw, bh, (vals) => Math.max(...vals));
  const bg = filter3(maxed, bw, bh, (vals) => vals.reduce((s, v) => s + v, 0) / vals.length);

  let lo = 255;
  let hi = 0;
  for (const v of bg) {
    // Blocks of dark table left around the paper are not paper: they do not count in the spread.
    if (v < 90) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const spread = hi > 0 ? hi / Math.max(1, lo) : 1;
  if (spread < MIN_SPREAD) return { data: gray, spread };

  const out = Buffer.allocUnsafe(gray.length);
  for (let y = 0; y < height; y += 1) {
    // Bilinear interpolation between block centres.
    const fy = Math.min(bh - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x += 1) {
      const fx = Math.min(bw - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(bw - 1, x0 + 1);
      const tx = fx - x0;
      const b =
        (bg[y0 * bw + x0] * (1 - tx) + bg[y0 * bw + x1] * tx) * (1 - ty) + (bg[y1 * bw + x0] * (1 - tx) + bg[y1 * bw + x1] * tx) * ty;
      const v = (gray[y * width + x] * 255) / Math.max(b, 40);
      out[y * width + x] = v > 255 ? 255 : v;
    }
  }
  return { data: out, spread };
}

function filter3(src: Float32Array, w: number, h: number, f: (vals: number[]) => number): Float32Array {
  const out = new Float32Array(src.length);
  const vals: number[] = [];
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      vals.length = 0;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < w && yy < h) vals.push(src[yy * w + xx]);
        }
      }
      out[y * w + x] = f(vals);
    }
  }
  return out;
}
