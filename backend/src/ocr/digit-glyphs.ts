/**
 * Glyphs of a printed line as a digit classifier sees them: the line's grey pixels binarised (Otsu), split into
 * connected components, components stacked in one column merged into one glyph (« : », « % », a letter and its dots),
 * and each glyph described by a small size-normalised bitmap plus its size and height within its word. Eastern Arabic
 * digits are never joined to each other, so on a printed receipt each digit is one glyph.
 */
import { otsuThreshold } from './deskew';

export interface GreyImage {
  /** One byte per pixel, 0 = black. */
  pixels: Uint8Array;
  width: number;
  height: number;
}

export interface Glyph {
  x0: number;
  y0: number;
  /** Exclusive. */
  x1: number;
  y1: number;
  /** Ink pixels. */
  ink: number;
}

/** 1 where ink. `shift` moves the threshold (negative: thinner strokes), as training does for print weight. */
export function binarise(image: GreyImage, shift = 0): Uint8Array {
  const t = otsuThreshold(image.pixels) + shift;
  const out = new Uint8Array(image.pixels.length);
  for (let i = 0; i < out.length; i += 1) out[i] = image.pixels[i] <= t ? 1 : 0;
  return out;
}

/** 8-connected components of a binary image (union-find), as boxes; specks of `minInk` pixels or fewer are dropped. */
export function connectedComponents(bin: Uint8Array, width: number, height: number, minInk = 2): Glyph[] {
  const labels = new Int32Array(bin.length).fill(-1);
  const parent: number[] = [];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      if (!bin[i]) continue;
      const neighbours: number[] = [];
      if (x > 0 && labels[i - 1] >= 0) neighbours.push(labels[i - 1]);
      if (y > 0) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          if (nx >= 0 && nx < width && labels[i - width + dx] >= 0) neighbours.push(labels[i - width + dx]);
        }
      }
      if (!neighbours.length) {
        labels[i] = parent.length;
        parent.push(parent.length);
      } else {
        labels[i] = neighbours[0];
        for (const n of neighbours.slice(1)) union(neighbours[0], n);
      }
    }
  }
  const boxes = new Map<number, Glyph>();
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const l = labels[y * width + x];
      if (l < 0) continue;
      const root = find(l);
      const g = boxes.get(root);
      if (!g) boxes.set(root, { x0: x, y0: y, x1: x + 1, y1: y + 1, ink: 1 });
      else {
        g.x0 = Math.min(g.x0, x);
        g.x1 = Math.max(g.x1, x + 1);
        g.y0 = Math.min(g.y0, y);
        g.y1 = Math.max(g.y1, y + 1);
        g.ink += 1;
      }
    }
  }
  return [...boxes.values()].filter((g) => g.ink > minInk).sort((a, b) => a.x0 - b.x0);
}

/** Components stacked in one column (mostly overlapping horizontally) are one glyph: « : », « % », « ب » and its dot. */
export function mergeColumns(components: readonly Glyph[]): Glyph[] {
  const out: Glyph[] = [];
  for (const c of [...components].sort((a, b) => a.x0 - b.x0)) {
    const last = out[out.length - 1];
    const overlap = last ? Math.min(last.x1, c.x1) - Math.max(last.x0, c.x0) : 0;
    if (last && overlap > 0.5 * Math.min(last.x1 - last.x0, c.x1 - c.x0)) {
      last.x0 = Math.min(last.x0, c.x0);
      last.x1 = Math.max(last.x1, c.x1);
      last.y0 = Math.min(last.y0, c.y0);
      last.y1 = Math.max(last.y1, c.y1);
      last.ink += c.ink;
    } else out.push({ ...c });
  }
  return out;
}

/** Side of the bitmap a glyph is scaled into (aspect kept, centred). */
const CELLS = 10;
/** Weight of the three shape-in-word numbers against the bitmap's 100 cells (each 0..1). */
const GEOMETRY_WEIGHT = 3;

/** The band of a word's full-height glyphs: a ٠ or a ٫ is told from a ٥ or a « , » by its size and height in it. */
export interface Band {
  top: number;
  bottom: number;
}

/** Glyphs at least 60 % as tall as the tallest set the band (digits ٢–٩ are all about one height). */
export function wordBand(glyphs: readonly Glyph[]): Band {
  const tallest = Math.max(...glyphs.map((g) => g.y1 - g.y0));
  const tall = glyphs.filter((g) => g.y1 - g.y0 >= 0.6 * tallest);
  return { top: Math.min(...tall.map((g) => g.y0)), bottom: Math.max(...tall.map((g) => g.y1)) };
}

/** Feature vector of one glyph: CELLS² ink shares of its box, then its height, width and centre height in the band. */
export function glyphFeatures(bin: Uint8Array, width: number, g: Glyph, band: Band): Float32Array {
  const w = g.x1 - g.x0;
  const h = g.y1 - g.y0;
  const side = Math.max(w, h);
  const ox = g.x0 - (side - w) / 2;
  const oy = g.y0 - (side - h) / 2;
  const f = new Float32Array(CELLS * CELLS + 3);
  const counts = new Float32Array(CELLS * CELLS);
  const step = side / CELLS;
  // Sample each cell on a 3×3 grid: box-average of the binary glyph, smooth enough for 1-px stroke differences.
  for (let cy = 0; cy < CELLS; cy += 1) {
    for (let cx = 0; cx < CELLS; cx += 1) {
      let ink = 0;
      for (let sy = 0; sy < 3; sy += 1) {
        for (let sx = 0; sx < 3; sx += 1) {
          const x = Math.floor(ox + (cx + (sx + 0.5) / 3) * step);
          const y = Math.floor(oy + (cy + (sy + 0.5) / 3) * step);
          if (x >= g.x0 && x < g.x1 && y >= g.y0 && y < g.y1 && bin[y * width + x]) ink += 1;
        }
      }
      counts[cy * CELLS + cx] = ink / 9;
    }
  }
  f.set(counts);
  const bh = Math.max(1, band.bottom - band.top);
  f[CELLS * CELLS] = (GEOMETRY_WEIGHT * h) / bh;
  f[CELLS * CELLS + 1] = (GEOMETRY_WEIGHT * w) / bh;
  // Twice the weight: ٠ sits half-way up the digits, « . » on the baseline, and they look alike otherwise.
  f[CELLS * CELLS + 2] = (2 * GEOMETRY_WEIGHT * ((g.y0 + g.y1) / 2 - band.top)) / bh;
  return f;
}

/**
 * Glyphs of a line split into words: a gap wider than `gap` × `height` starts a new word. Digits of a number sit
 * closer than that (a fifth of the height in the fonts measured), a word space farther (half of it); a thousands
 * space (« ٨ ٢٦٠ ») also splits, and the words are joined again with a space.
 */
export function splitWords(glyphs: readonly Glyph[], height: number, gap = 0.4): Glyph[][] {
  const words: Glyph[][] = [];
  let right = -Infinity;
  for (const g of [...glyphs].sort((a, b) => a.x0 - b.x0)) {
    const last = words[words.length - 1];
    const same = last && g.x0 - right <= gap * height;
    if (same) last.push(g);
    else words.push([g]);
    right = same ? Math.max(right, g.x1) : g.x1;
  }
  return words;
}
