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
  // Pure white (255) is what the background removal painted around the paper: it says nothing of the light on the
  // paper. Counted in, a block straddling the paper's edge took 255 as its paper tone, and the 3×3 maximum carried it
  // a block further in, so the first ~2 blocks of paper along every edge were divided by too much and came out grey
  // (a narrow-margin ticket lost the first letter of every left-aligned row: « endeur », « rticle », « ET 12.892,00 »).
  // Such pixels are left out; a block with (almost) nothing else is unknown (-1) and takes its neighbours' tone.
  const peak = new Float32Array(bw * bh);
  const seen = new Uint32Array(bw * bh);
  for (let y = 0; y < height; y += 1) {
    const row = Math.floor(y / block) * bw;
    for (let x = 0; x < width; x += 1) {
      const v = gray[y * width + x];
      if (v === 255) continue;
      const b = row + Math.floor(x / block);
      seen[b] += 1;
      if (v > peak[b]) peak[b] = v;
    }
  }
  const minSeen = Math.max(1, Math.round(block * block * 0.02));
  for (let b = 0; b < peak.length; b += 1) if (seen[b] < minSeen) peak[b] = -1;
  // A block that is all ink (a bold title) takes its neighbours' paper tone: 3×3 maximum, then a 3×3 mean.
  const maxed = filter3(peak, bw, bh, (vals) => Math.max(...vals));
  const bg = filter3(maxed, bw, bh, (vals) => vals.reduce((s, v) => s + v, 0) / vals.length);
  // Blocks with no paper around them at all (painted background): white stays white.
  for (let b = 0; b < bg.length; b += 1) if (bg[b] < 0) bg[b] = 255;

  let lo = 255;
  let hi = 0;
  for (let b = 0; b < bg.length; b += 1) {
    const v = bg[b];
    // Blocks of dark table left around the paper are not paper: they do not count in the spread. The painted
    // background counts as white (as before): paper greyer than it is still brought to white, so no grey page sits
    // in a white frame.
    if (v < 90) continue;
    if (peak[b] < 0) {
      hi = 255;
      continue;
    }
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
          if (xx >= 0 && yy >= 0 && xx < w && yy < h && src[yy * w + xx] >= 0) vals.push(src[yy * w + xx]);
        }
      }
      // Unknown blocks (-1) are left out; one with only unknown neighbours stays unknown.
      out[y * w + x] = vals.length ? f(vals) : -1;
    }
  }
  return out;
}
