import { paperOutline, protectInk, whitenMasked, type PaperMask } from '../../src/ocr/paper-mask';

/**
 * A shadowed corner of paper taken for background: its printed strokes must survive the whitening, and only them —
 * a grey block left around them reads as letters (« SALON DE THE » came out as « e de 1 Al N a »).
 */
describe('paper mask: ink in the background', () => {
  const W = 40;
  const H = 20;
  // Left half paper (mask 0), right half "background" that is really shadowed paper (grey 150) with a dark stroke.
  const gray = Buffer.alloc(W * H, 150);
  const mask = new Uint8Array(W * H);
  for (let y = 0; y < H; y += 1) for (let x = 20; x < W; x += 1) mask[y * W + x] = 1;
  for (let y = 0; y < H; y += 1) for (let x = 0; x < 20; x += 1) gray[y * W + x] = 235;
  for (let y = 8; y <= 11; y += 1) for (let x = 28; x <= 33; x += 1) gray[y * W + x] = 40;
  const found: PaperMask = { mask, width: W, height: H, backgroundShare: 0.5, box: { left: 0, top: 0, right: 19, bottom: H - 1 } };

  it('keeps the strokes, whitens the grey around them and the rest of the background', () => {
    const protectedMask = protectInk(found, gray);
    expect(protectedMask.box.right).toBeGreaterThanOrEqual(33); // the crop grows to include the stroke
    const out = whitenMasked(gray, W, H, protectedMask);
    expect(out[9 * W + 30]).toBe(40); // the stroke
    expect(out[9 * W + 26]).toBe(255); // grey next to it, inside the protected block
    expect(out[2 * W + 36]).toBe(255); // background far from ink
    expect(out[9 * W + 5]).toBe(235); // the paper is untouched
  });
});

describe('paper mask: the paper is a rectangle', () => {
  const inside = (poly: [number, number][], [px, py]: [number, number]) =>
    poly.every(([x1, y1], i) => {
      const [x2, y2] = poly[(i + 1) % poly.length];
      return (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1) >= -1e-6;
    }) ||
    poly.every(([x1, y1], i) => {
      const [x2, y2] = poly[(i + 1) % poly.length];
      return (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1) <= 1e-6;
    });

  it('gives back the corner a shadow cut off (the hull of what was left is a pentagon)', () => {
    // 100 × 200 paper whose top-left triangle (90 px along each side) was taken for the table.
    const cut: [number, number][] = [
      [90, 0],
      [100, 0],
      [100, 200],
      [0, 200],
      [0, 90],
    ];
    const outline = paperOutline(cut);
    expect(outline).toHaveLength(4);
    expect(inside(outline, [2, 2])).toBe(true); // the lost corner is paper again
    expect(inside(outline, [110, 100])).toBe(false);
  });

  it('does not trust an outline that lost more than a corner (a shadowed side of the paper flooded across its edge)', () => {
    // 100 × 200 paper of which only the right-hand triangle was left: no rectangle around it finds the left side.
    const triangle: [number, number][] = [
      [100, 0],
      [100, 200],
      [20, 200],
    ];
    expect(paperOutline(triangle)).toBeNull();
  });

  it('keeps the outline of a whole paper, rotated or seen in perspective', () => {
    const a = (6 * Math.PI) / 180;
    const rotated: [number, number][] = [
      [0, 0],
      [100, 0],
      [100, 200],
      [0, 200],
    ].map(([x, y]) => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)]);
    expect(paperOutline(rotated)).toBe(rotated);
    const trapezoid: [number, number][] = [
      [5, 0],
      [95, 0],
      [100, 200],
      [0, 200],
    ];
    expect(paperOutline(trapezoid)).toBe(trapezoid);
  });
});
