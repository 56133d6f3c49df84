import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';

/** Test pictures made on the fly: barcodes and QR codes by zxing's writer (wasm from node_modules), labels by sharp. */

let ready = false;
function ensureWriter(): void {
  if (ready) return;
  const wasm = readFileSync(require.resolve('zxing-wasm/writer/zxing_writer.wasm'));
  prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
  ready = true;
}

/** A code drawn by zxing, rasterised by sharp and pasted on a larger grey "photo" background. */
export async function codeImage(text: string, format: 'EAN13' | 'QRCode', as: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  ensureWriter();
  const written = await writeBarcode(text, { format, scale: format === 'QRCode' ? 6 : 3, addHRT: format === 'EAN13' });
  if (written.error) throw new Error(written.error);
  const code = await sharp(Buffer.from(written.svg)).png().toBuffer();
  const { width = 0, height = 0 } = await sharp(code).metadata();
  const canvas = sharp({ create: { width: width + 240, height: height + 180, channels: 3, background: '#d8d4cc' } }).composite([
    { input: code, left: 120, top: 90 },
  ]);
  return as === 'jpeg' ? canvas.jpeg({ quality: 92 }).toBuffer() : canvas.png().toBuffer();
}

/** A printed label: coloured package background, big words, a small line of fine print. */
export async function labelImage(lines: string[], finePrint = "Produit d'Algérie — à conserver au sec"): Promise<Buffer> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const text = lines
    .map(
      (l, i) =>
        `<text x="50" y="${130 + i * 110}" font-family="DejaVu Sans" font-weight="bold" font-size="72" fill="#12307a">${escape(l)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${220 + lines.length * 110}">
    <rect width="100%" height="100%" fill="#f3e6c4"/>${text}
    <text x="50" y="${150 + lines.length * 110}" font-family="DejaVu Sans" font-size="26" fill="#444">${escape(finePrint)}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}
