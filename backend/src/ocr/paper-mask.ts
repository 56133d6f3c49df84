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
  /** 1 = background, 2 = background around printed strokes (see `protectInk`), 0 = paper; at the small size. */
  mask: Uint8Array;
  /** For mask value 2: the grey level under which a full-size pixel is ink and is kept (others are whitened). */
  inkCut?: Uint8Array;
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
  // Growth stops short of the paper's own tone: it may follow a shadow on the table, not spread over the paper.
  const ceiling = dark + 0.55 * (light - dark);

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

  return paperHull(mask, width, height);
}

/**
 * The paper is convex: the background is everything outside the convex hull of the paper regions. Where the growth
 * slipped into the paper through a weak edge (text printed up to the edge, a shadowed corner, a fold running across),
 * it carved channels between the text rows or cut the paper in two; the hull puts them back, so no text on the paper
 * is ever painted over.
 */
function paperHull(mask: Uint8Array, width: number, height: number): PaperMask | null {
  const region = paperRegions(mask, width, height);
  if (!region) return null;
  // Per row, the left-most and right-most paper pixel: the hull of these points is the hull of the region.
  const points: [number, number][] = [];
  for (let y = 0; y < height; y += 1) {
    let l = -1;
    let r = -1;
    for (let x = 0; x < width; x += 1) {
      if (region.label[y * width + x] !== 1) continue;
      if (l < 0) l = x;
      r = x;
    }
    if (l >= 0) points.push([l, y], [r, y]);
  }
  const hull = paperOutline(convexHull(points));
  if (!hull) return null;
  const out = new Uint8Array(width * height).fill(1);
  let count = width * height;
  for (let y = 0; y < height; y += 1) {
    const span = hullSpan(hull, y);
    if (!span) continue;
    // One pixel of margin: the paper's edge stays, and a letter printed right at it.
    const from = Math.max(0, Math.floor(span[0]) - 1);
    const to = Math.min(width - 1, Math.ceil(span[1]) + 1);
    for (let x = from; x <= to; x += 1) out[y * width + x] = 0;
    count -= to - from + 1;
  }
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (const [x, y] of hull) {
    left = Math.max(0, Math.min(left, Math.floor(x)));
    right = Math.min(width - 1, Math.max(right, Math.ceil(x)));
    top = Math.max(0, Math.min(top, Math.floor(y)));
    bottom = Math.min(height - 1, Math.max(bottom, Math.ceil(y)));
  }
  const backgroundShare = count / out.length;
  // Nothing worth removing, or too little paper left to trust the outline: leave the image alone.
  if (backgroundShare < 0.005 || right < 0 || backgroundShare > 0.85) return null;
  // The region must fill a fair part of its hull, or the growth went through the paper rather than around it.
  if (region.size < 0.35 * (out.length - count)) return null;
  return { mask: out, width, height, backgroundShare, box: { left, top, right, bottom } };
}

/**
 * The 4-connected regions of non-background pixels big enough to be paper (a fold can split the paper in two; specks
 * of light table are too small), labelled 1 (others 0).
 */
function paperRegions(mask: Uint8Array, width: number, height: number): { label: Uint8Array; size: number } | null {
  const seen = new Int32Array(mask.length);
  const sizes: number[] = [];
  let next = 0;
  const stack: number[] = [];
  for (let i = 0; i < mask.length; i += 1) {
    if (mask[i] || seen[i]) continue;
    next += 1;
    let size = 0;
    seen[i] = next;
    stack.push(i);
    while (stack.length) {
      const j = stack.pop()!;
      size += 1;
      const x = j % width;
      const y = (j - x) / width;
      for (const k of [x > 0 ? j - 1 : -1, x < width - 1 ? j + 1 : -1, y > 0 ? j - width : -1, y < height - 1 ? j + width : -1]) {
        if (k >= 0 && !mask[k] && !seen[k]) {
          seen[k] = next;
          stack.push(k);
        }
      }
    }
    sizes.push(size);
  }
  const minSize = Math.max(8, mask.length * 0.01);
  const kept = new Set(sizes.map((n, i) => (n >= minSize ? i + 1 : 0)).filter(Boolean));
  if (!kept.size) return null;
  const label = new Uint8Array(mask.length);
  let total = 0;
  for (let i = 0; i < mask.length; i += 1) {
    if (kept.has(seen[i])) {
      label[i] = 1;
      total += 1;
    }
  }
  return { label, size: total };
}

/** Below this share of its enclosing rectangle, the paper's outline has lost a corner. */
const MIN_RECTANGULARITY = 0.85;
/**
 * Below this share, the growth took more than a corner: it flooded a shadowed part of the paper up to and across its
 * edge, and the rectangle around what was left no longer reaches the lost side (« LIBRAIRIE IBN KHALDOUN » lost its
 * left third: the date, the item names and the total's label). The outline is not trusted then, and the image is
 * read with its background, as when no background is found.
 */
const MIN_TRUSTED_RECTANGULARITY = 0.65;

/**
 * A receipt is a rectangle. When the growth took a whole corner of it (a shadow falling across the paper with a soft
 * edge, on a table of the same grey) the hull is still convex but cut by a long diagonal, and the text of that corner
 * was painted white (« SUPERMARCHE EL IKHLAS » lost its date and half its name). Then the smallest rectangle
 * around the hull, whose other sides the intact edges fix, is the paper.
 */
export function paperOutline(hull: [number, number][]): [number, number][] | null {
  if (hull.length < 3) return hull;
  const area =
    Math.abs(
      hull.reduce((s, [x1, y1], i) => {
        const [x2, y2] = hull[(i + 1) % hull.length];
        return s + x1 * y2 - x2 * y1;
      }, 0),
    ) / 2;
  let best: { area: number; deg: number; box: [number, number, number, number] } | null = null;
  for (let deg = -45; deg < 45; deg += 1) {
    const a = (deg * Math.PI) / 180;
    const [c, s] = [Math.cos(a), Math.sin(a)];
    let [u0, v0, u1, v1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of hull) {
      const u = x * c + y * s;
      const v = -x * s + y * c;
      [u0, v0, u1, v1] = [Math.min(u0, u), Math.min(v0, v), Math.max(u1, u), Math.max(v1, v)];
    }
    const boxArea = (u1 - u0) * (v1 - v0);
    if (!best || boxArea < best.area) best = { area: boxArea, deg, box: [u0, v0, u1, v1] };
  }
  if (!best || best.area <= 0 || area >= MIN_RECTANGULARITY * best.area) return hull;
  if (area < MIN_TRUSTED_RECTANGULARITY * best.area) return null;
  const a = (best.deg * Math.PI) / 180;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  const [u0, v0, u1, v1] = best.box;
  // Back from the rotated frame: x = u·cos − v·sin, y = u·sin + v·cos.
  return (
    [
      [u0, v0],
      [u1, v0],
      [u1, v1],
      [u0, v1],
    ] as [number, number][]
  ).map(([u, v]) => [u * c - v * s, u * s + v * c]);
}

/** Andrew's monotone chain; points as [x, y]. Returns the hull counter-clockwise. */
function convexHull(points: [number, number][]): [number, number][] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i -= 1) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** The x-range of a convex polygon at row y (null when the row misses it). */
function hullSpan(hull: [number, number][], y: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < hull.length; i += 1) {
    const [x1, y1] = hull[i];
    const [x2, y2] = hull[(i + 1) % hull.length];
    if (y < Math.min(y1, y2) || y > Math.max(y1, y2)) continue;
    if (y1 === y2) {
      lo = Math.min(lo, x1, x2);
      hi = Math.max(hi, x1, x2);
      continue;
    }
    const x = x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Text is never painted over: where the background was taken too far (a corner of paper in shadow next to a lit
 * table has the same grey), the printed strokes there are found on the unblurred small copy (pixels much darker than
 * their surroundings) and kept, with a small border, and the crop box grows to include them.
 */
export function protectInk(m: PaperMask, small: Uint8Array): PaperMask {
  const { width, height } = m;
  const ink = new Uint8Array(width * height);
  const r = 3;
  // Local mean by a summed-area table: a stroke is ≥ 28 levels darker than its 7×7 neighbourhood.
  const sat = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += small[y * width + x];
      sat[(y + 1) * (width + 1) + x + 1] = sat[y * (width + 1) + x + 1] + row;
    }
  }
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      if (!m.mask[i]) continue;
      const x0 = Math.max(0, x - r);
      const y0 = Math.max(0, y - r);
      const x1 = Math.min(width, x + r + 1);
      const y1 = Math.min(height, y + r + 1);
      const sum = sat[y1 * (width + 1) + x1] - sat[y0 * (width + 1) + x1] - sat[y1 * (width + 1) + x0] + sat[y0 * (width + 1) + x0];
      const mean = sum / ((x1 - x0) * (y1 - y0));
      if (small[i] < mean - INK_STEP) ink[i] = 1;
    }
  }
  // The paper's own edge against the table looks like a stroke too: ink within 2 px of the paper is that edge.
  let band = m.mask;
  for (let pass = 0; pass < 2; pass += 1) {
    const next = band.slice();
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const i = y * width + x;
        if (
          band[i] &&
          ((x > 0 && !band[i - 1]) ||
            (x < width - 1 && !band[i + 1]) ||
            (y > 0 && !band[i - width]) ||
            (y < height - 1 && !band[i + width]))
        )
          next[i] = 0;
      }
    }
    band = next;
  }
  for (let i = 0; i < ink.length; i += 1) if (!band[i]) ink[i] = 0;
  // Ink counts only in clusters (a character), not as an isolated speck of table grain.
  const mask = m.mask.slice();
  const inkCut = new Uint8Array(width * height);
  const localMean = (x: number, y: number) => {
    const x0 = Math.max(0, x - r);
    const y0 = Math.max(0, y - r);
    const x1 = Math.min(width, x + r + 1);
    const y1 = Math.min(height, y + r + 1);
    const sum = sat[y1 * (width + 1) + x1] - sat[y0 * (width + 1) + x1] - sat[y1 * (width + 1) + x0] + sat[y0 * (width + 1) + x0];
    return sum / ((x1 - x0) * (y1 - y0));
  };
  let { left, top, right, bottom } = m.box;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!ink[y * width + x]) continue;
      let n = 0;
      for (let dy = -2; dy <= 2; dy += 1)
        for (let dx = -2; dx <= 2; dx += 1)
          n += ink[Math.min(height - 1, Math.max(0, y + dy)) * width + Math.min(width - 1, Math.max(0, x + dx))];
      if (n < 4) continue;
      for (let dy = -2; dy <= 2; dy += 1) {
        for (let dx = -2; dx <= 2; dx += 1) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || xx < 0 || yy >= height || xx >= width || mask[yy * width + xx] !== 1) continue;
          // Only the strokes are kept, not the grey around them: a block of shadowed paper or table with hard edges
          // in a white page is read as letters (« SALON DE THE » came out as « e de 1 Al N a »).
          mask[yy * width + xx] = 2;
          inkCut[yy * width + xx] = Math.max(0, Math.round(localMean(xx, yy) - INK_STEP / 2));
        }
      }
      left = Math.min(left, Math.max(0, x - 2));
      right = Math.max(right, Math.min(width - 1, x + 2));
      top = Math.min(top, Math.max(0, y - 2));
      bottom = Math.max(bottom, Math.min(height - 1, y + 2));
    }
  }
  return { ...m, mask, inkCut, box: { left, top, right, bottom } };
}

/** A stroke is this many grey levels darker than its 7×7 neighbourhood on the small copy. */
const INK_STEP = 28;

/**
 * Paints masked pixels of the full-size grey image white (nearest-neighbour lookup into the small mask); around
 * protected strokes only the pixels lighter than the stroke cut are.
 */
export function whitenMasked(gray: Buffer, width: number, height: number, m: PaperMask): Buffer {
  const out = Buffer.from(gray);
  const sx = m.width / width;
  const sy = m.height / height;
  for (let y = 0; y < height; y += 1) {
    const row = Math.min(m.height - 1, Math.floor(y * sy)) * m.width;
    for (let x = 0; x < width; x += 1) {
      const k = row + Math.min(m.width - 1, Math.floor(x * sx));
      const v = m.mask[k];
      if (v === 1 || (v === 2 && out[y * width + x] >= (m.inkCut?.[k] ?? 0))) out[y * width + x] = 255;
    }
  }
  return out;
}
