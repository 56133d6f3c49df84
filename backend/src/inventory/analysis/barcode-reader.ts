import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';

/**
 * Barcode and QR-code decoding with zxing-cpp (WebAssembly, reader-only build). By default the library would fetch its
 * .wasm from a CDN at first use; we hand it the binary shipped in node_modules instead, so nothing is ever downloaded
 * (and it works offline). Pictures are decoded by sharp (any upload format, EXIF orientation applied) into RGBA.
 */

export interface DecodedCode {
  text: string;
  /** zxing's format name: EAN13, EAN8, UPCA, QRCode, Code128, DataMatrix… */
  format: string;
}

let prepared = false;

function ensureModule(): void {
  if (prepared) return;
  const wasmPath = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
  const wasm = readFileSync(wasmPath);
  prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer,
      // Belt and braces: should the runtime still ask where the .wasm lives, answer with the local file.
      locateFile: (file: string, prefix: string) => (file.endsWith('.wasm') ? wasmPath : prefix + file),
    },
  });
  prepared = true;
}

/** Phone photos are far larger than a barcode needs; past this the decoder only gets slower. */
const MAX_SIDE = 2000;

const OPTIONS: ReaderOptions = {
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  formats: [],
  maxNumberOfSymbols: 8,
};

/** Every barcode / QR code zxing finds in the picture (deduplicated), in reading order. */
export async function readCodes(image: Buffer): Promise<DecodedCode[]> {
  ensureModule();
  const { data, info } = await sharp(image, { failOn: 'none' })
    .rotate()
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const results = await readBarcodes(
    { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, colorSpace: 'srgb' },
    OPTIONS,
  );
  const seen = new Set<string>();
  const codes: DecodedCode[] = [];
  for (const r of results) {
    if (!r.isValid || !r.text) continue;
    const key = `${r.format}:${r.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    codes.push({ text: r.text, format: r.format });
  }
  return codes;
}

/** Warms the decoder (instantiates the wasm) so the first scan does not pay for it. */
export async function warmUpBarcodeReader(): Promise<void> {
  ensureModule();
  await prepareZXingModule({ fireImmediately: true });
}
