import { flattenIllumination } from '../../src/ocr/illumination';

/**
 * The background removal paints everything around the paper pure white (255) before the light is evened out. That
 * white is not paper: counted as the paper's tone, it made the blocks along the paper's edge divide by 255 instead
 * of the paper's grey, so a narrow-margin ticket's first letters sat in a grey band (tesseract dropped them:
 * « endeur 2 », « rticle », « ET 12.892,00 » on an unseen butcher's ticket, issue 14).
 */
describe('flattenIllumination: the painted background is not paper', () => {
  const W = 400;
  const H = 300;
  const paperLeft = 100;
  // Paper at grey 190 from x = 100, with a shadow band on the right so that the light is uneven and gets flattened;
  // a « letter » (dark block) 6 px from the paper's edge; the painted background left of the paper is 255.
  const gray = Buffer.alloc(W * H, 255);
  for (let y = 0; y < H; y += 1) for (let x = paperLeft; x < W; x += 1) gray[y * W + x] = x > 330 ? 140 : 190;
  for (let y = 140; y < 160; y += 1) for (let x = paperLeft + 6; x < paperLeft + 16; x += 1) gray[y * W + x] = 60;

  it('brings the paper along its edge to white, as it does in the middle', () => {
    const { data, spread } = flattenIllumination(gray, W, H);
    expect(spread).toBeGreaterThan(1.12); // flattened
    const edgePaper = data[100 * W + paperLeft + 8];
    const middlePaper = data[100 * W + 220];
    expect(middlePaper).toBeGreaterThanOrEqual(250);
    expect(edgePaper).toBeGreaterThanOrEqual(245); // was 190: the paper's raw grey, divided by the painted white
    // The letter keeps its contrast against the paper next to it.
    expect(edgePaper - data[150 * W + paperLeft + 10]).toBeGreaterThan(120);
    expect(data[100 * W + 20]).toBe(255); // the painted background stays white
  });

  it('still leaves an evenly lit page alone', () => {
    const even = Buffer.alloc(W * H, 200);
    for (let y = 140; y < 160; y += 1) for (let x = 50; x < 60; x += 1) even[y * W + x] = 60;
    const { data, spread } = flattenIllumination(even, W, H);
    expect(spread).toBeLessThan(1.12);
    expect(data).toBe(even);
  });
});
