import { loadSharp } from '../attachments/sharp-loader';
import { binarise, connectedComponents, glyphFeatures, mergeColumns, splitWords, wordBand, type GreyImage } from './digit-glyphs';

/**
 * A nearest-neighbour classifier for the glyphs of printed numbers, Eastern Arabic above all: tesseract's `ara` model
 * has only ٠ and ١ of them, and its `Arabic` script model writes them as Latin letters (backend/src/ocr/README.md).
 * It learns from glyphs rendered (pango, through sharp) in the Arabic-capable fonts Debian installs, in several sizes
 * and weights, blurred and binarised at several thresholds: nothing is downloaded and no receipt is copied. Arabic
 * letters and Latin digits are classes too, so that a word which is not an Eastern number is not read as one.
 */

/** Eastern Arabic digits, the Persian forms that differ (۴ ۵ ۶), Latin digits and the separators numbers use. */
export const EASTERN_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN_DIGITS = '۴۵۶';
const LATIN_DIGITS = '0123456789';
const SEPARATORS = '٫٬/.,:-';
/** Label of every glyph that is none of the above (Arabic letters, Latin letters). */
export const OTHER = 'other';

const DIGIT_LABELS = [...EASTERN_DIGITS, ...PERSIAN_DIGITS, ...LATIN_DIGITS, ...SEPARATORS];

/**
 * Letters that stand alone in Arabic words (isolated forms and words of the everyday vocabulary of shops), written
 * for this classifier. The alif is left out: it is the same stroke as ١, and a number is told from a word by its
 * neighbours (a word has joined letters), not by that stroke.
 */
const OTHER_TEXTS = [
  'ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك م ن ه و ي ة ى ئ ؤ ء',
  'شركة سوق بيع شراء نقدا فاتورة شكرا خبز حليب سكر قهوة زيت عدد سعر كمية رقم ضريبة',
  'وصل جمع دفع باقي محل تجارة حي شارع مدينة هاتف يوم شهر سنة ساعة',
  'ABCDEFGHJKMNPQRSTUVWXYZ abcdeghkmnpqrsuvwxyz',
];

/** Faces rendered for training (pango names); a face fontconfig lacks falls back to another and is merely redundant. */
export const TRAINING_FONTS = [
  'Noto Sans Arabic',
  'Noto Sans Arabic Bold',
  'Noto Naskh Arabic',
  'Noto Naskh Arabic Bold',
  'Noto Kufi Arabic',
  'Noto Kufi Arabic Bold',
  'DejaVu Sans',
  'DejaVu Sans Bold',
  'DejaVu Sans Mono',
  'DejaVu Sans Condensed',
];

/** Pixel sizes of the rendered text (pango points at 72 dpi): a receipt's digits are about 14 to 40 px tall. */
const SIZES = [14, 22, 34];

export interface GlyphSample {
  label: string;
  features: Float32Array;
}

export interface GlyphGuess {
  label: string;
  /** Distance to the nearest sample. */
  distance: number;
  /** Nearest distance over nearest distance of another value: near 1 when two readings are as likely. */
  ambiguity: number;
  /** When the nearest sample is a letter (`OTHER`): the nearest digit or separator, and its distance. */
  nearestDigit?: { label: string; distance: number };
}

/** The value a label stands for: ٤, ۴ and 4 are one value, as are ٫ and « , » (both a decimal comma here). */
export function labelValue(label: string): string {
  const e = EASTERN_DIGITS.indexOf(label);
  if (e >= 0) return String(e);
  const p = PERSIAN_DIGITS.indexOf(label);
  if (p >= 0) return String(p + 4);
  if (label === '٫') return ',';
  return label;
}

export class DigitClassifier {
  private readonly labels: string[];
  private readonly valueNames: string[];
  private readonly valueIds: Uint16Array;
  private readonly data: Float32Array;
  private readonly dims: number;

  constructor(samples: readonly GlyphSample[]) {
    if (!samples.length) throw new Error('DigitClassifier needs samples');
    this.dims = samples[0].features.length;
    this.labels = samples.map((s) => s.label);
    this.valueNames = [...new Set(this.labels.map(labelValue))];
    this.valueIds = Uint16Array.from(this.labels, (l) => this.valueNames.indexOf(labelValue(l)));
    this.data = new Float32Array(samples.length * this.dims);
    samples.forEach((s, i) => this.data.set(s.features, i * this.dims));
  }

  get size(): number {
    return this.labels.length;
  }

  /** Nearest sample, and how close the nearest sample of another value comes. */
  classify(features: Float32Array): GlyphGuess {
    const { dims, data } = this;
    let best = Infinity;
    let bestIndex = 0;
    const perValue = new Float64Array(this.valueNames.length).fill(Infinity);
    const perValueIndex = new Int32Array(this.valueNames.length).fill(-1);
    for (let i = 0; i < this.labels.length; i += 1) {
      const v = this.valueIds[i];
      // Partial distances: give up on a sample once it is farther than the nearest one of its value.
      const bound = perValue[v];
      let d = 0;
      const o = i * dims;
      for (let k = 0; k < dims && d < bound; k += 1) {
        const diff = features[k] - data[o + k];
        d += diff * diff;
      }
      if (d < bound) {
        perValue[v] = d;
        perValueIndex[v] = i;
      }
      if (d < best) {
        best = d;
        bestIndex = i;
      }
    }
    const value = this.valueIds[bestIndex];
    let other = Infinity;
    perValue.forEach((d, v) => {
      if (v !== value && d < other) other = d;
    });
    const distance = Math.sqrt(best);
    const guess: GlyphGuess = {
      label: this.labels[bestIndex],
      distance,
      ambiguity: other === Infinity ? 0 : distance / Math.max(1e-9, Math.sqrt(other)),
    };
    if (guess.label === OTHER) {
      let digit = -1;
      perValue.forEach((d, v) => {
        if (this.valueNames[v] !== OTHER && perValueIndex[v] >= 0 && (digit < 0 || d < perValue[digit])) digit = v;
      });
      if (digit >= 0) guess.nearestDigit = { label: this.labels[perValueIndex[digit]], distance: Math.sqrt(perValue[digit]) };
    }
    return guess;
  }
}

export interface TrainingOptions {
  fonts?: readonly string[];
  sizes?: readonly number[];
}

/** Renders the training glyphs. Takes about a second: done once, at the first Arabic receipt (see `digitClassifier`). */
export async function renderTrainingSamples(options: TrainingOptions = {}): Promise<GlyphSample[]> {
  const fonts = options.fonts ?? TRAINING_FONTS;
  const sizes = options.sizes ?? SIZES;
  const samples: GlyphSample[] = [];
  for (const font of fonts) {
    for (const size of sizes) {
      // One label a line, between two ٣ (a full-height digit gives the band a ٠ or a « . » is measured in), forced
      // left to right whatever the bidi rules would do with them.
      const lines = DIGIT_LABELS.map((l) => `\u202d٣\u2009${l}\u2009٣\u202c`).join('\n');
      for (const image of await renderVariants(lines, font, size)) {
        for (const shift of [-25, 0, 25]) {
          const bin = binarise(image, shift);
          const rows = inkRows(bin, image.width, image.height);
          // A render whose lines did not come apart (a font that stacks them too tightly) teaches nothing sure.
          if (rows.length !== DIGIT_LABELS.length) continue;
          rows.forEach(([top, bottom], i) => {
            const rowImage = bin.subarray(top * image.width, bottom * image.width);
            const glyphs = mergeColumns(connectedComponents(rowImage, image.width, bottom - top));
            if (glyphs.length !== 3) return;
            samples.push({ label: DIGIT_LABELS[i], features: glyphFeatures(rowImage, image.width, glyphs[1], wordBand(glyphs)) });
          });
        }
      }
      for (const text of OTHER_TEXTS) {
        const [image] = await renderVariants(text, font, size);
        const bin = binarise(image);
        const glyphs = mergeColumns(connectedComponents(bin, image.width, image.height));
        const height = Math.max(...glyphs.map((g) => g.y1 - g.y0));
        for (const word of splitWords(glyphs, height)) {
          const band = wordBand(word);
          for (const g of word) samples.push({ label: OTHER, features: glyphFeatures(bin, image.width, g, band) });
        }
      }
    }
  }
  return samples;
}

/** The text as printed (sharp), and as a camera blurs it. */
async function renderVariants(text: string, font: string, size: number): Promise<GreyImage[]> {
  const sharp = await loadSharp();
  const rendered = await sharp({ text: { text: escapeMarkup(text), font: `${font} ${size}`, dpi: 72 } })
    .extend({ top: 4, bottom: 4, left: 4, right: 4, background: '#000000' })
    .greyscale()
    .negate()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const sharpImage: GreyImage = { pixels: new Uint8Array(rendered.data), width: rendered.info.width, height: rendered.info.height };
  const blurred = await sharp(rendered.data, { raw: { width: sharpImage.width, height: sharpImage.height, channels: 1 } })
    .blur(0.3 + size / 40)
    .raw()
    .toBuffer();
  return [sharpImage, { ...sharpImage, pixels: new Uint8Array(blurred) }];
}

/** Runs of rows with ink, as [top, bottom) pairs. */
function inkRows(bin: Uint8Array, width: number, height: number): [number, number][] {
  const rows: [number, number][] = [];
  let start = -1;
  for (let y = 0; y <= height; y += 1) {
    const ink = y < height && bin.subarray(y * width, (y + 1) * width).some((v) => v === 1);
    if (ink && start < 0) start = y;
    if (!ink && start >= 0) {
      rows.push([start, y]);
      start = -1;
    }
  }
  return rows;
}

const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let shared: Promise<DigitClassifier> | null = null;

/** The process-wide classifier, trained at first use (an Arabic receipt); a French-only server never trains it. */
export function digitClassifier(): Promise<DigitClassifier> {
  shared ??= renderTrainingSamples()
    .then((samples) => new DigitClassifier(samples))
    .catch((err: unknown) => {
      shared = null;
      throw err;
    });
  return shared;
}
