import sharp from 'sharp';
import { E2E_NOW } from './clock.mjs';

/**
 * A receipt photo made on the fly: merchant, lines, "TOTAL TTC 1 520,00 DA" and a date, rendered from SVG to PNG at a
 * size and contrast a phone camera would give, so OCR reads it like a real one.
 */
export async function receiptPng(file, { merchant = 'SUPERETTE EL AMEL', date = E2E_NOW } = {}) {
  const d = `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
  const lines = [
    [merchant, 'bold', 44, 'middle'],
    ['12 Rue Didouche Mourad, Alger', 'normal', 28, 'middle'],
    [`Date : ${d}   14:32`, 'normal', 30, 'start'],
    ['', 'normal', 20, 'start'],
    ['Semoule 10kg x1          1 100,00', 'normal', 30, 'start'],
    ['Huile 1L x2                420,00', 'normal', 30, 'start'],
    ['', 'normal', 20, 'start'],
    ['TOTAL TTC            1 520,00 DA', 'bold', 36, 'start'],
    ['Merci de votre visite', 'normal', 28, 'middle'],
  ];
  let y = 70;
  const body = lines
    .map(([t, weight, size, anchor]) => {
      y += size + 22;
      const x = anchor === 'middle' ? 400 : 50;
      return `<text x="${x}" y="${y}" font-family="DejaVu Sans Mono, monospace" font-size="${size}" font-weight="${weight}" text-anchor="${anchor}">${t}</text>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="${y + 90}"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
  return file;
}
