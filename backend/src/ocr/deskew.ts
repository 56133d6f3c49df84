/**
 * Skew estimation by projection profiles: when the image is rotated so that text lines are horizontal, the row
 * histogram of ink pixels is at its peakiest (largest sum of squares). Runs on a small grey image (~600 px wide).
 */

export interface SkewOptions {
  /** Search range in degrees (±). */
  maxAngle?: number;
  coarseStep?: number;
  fineStep?: number;
  /** Ink pixels sampled at most (keeps the cost flat for dense images). */
  maxPoints?: number;
}

/** Otsu's threshold over a grey histogram. */
export function otsuThreshold(gray: Uint8Array): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < gray.length; i += 1) hist[gray[i]] += 1;
  const total = gray.length;
  let sumAll = 0;
  for (let t = 0; t < 256; t += 1) sumAll += t * hist[t];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 127;
  for (let t = 0; t < 256; t += 1) {
    wB += hist[t];
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t];
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * Angle in degrees of the text lines (positive: lines descend to the right, in image coordinates with y down).
 * Rotating the image by the negative of this angle levels them. Returns 0 when there is too little ink to tell.
 */
export function estimateSkewDegrees(gray: Uint8Array, width: number, height: number, options: SkewOptions = {}): number {
  const { maxAngle = 10, coarseStep = 0.5, fineStep = 0.1, maxPoints = 40_000 } = options;
  const threshold = otsuThreshold(gray);
  let ink = 0;
  for (let i = 0; i < gray.length; i += 1) if (gray[i] < threshold) ink += 1;
  // Almost blank, or mostly dark (a photo's background or a dark table top): projections would mislead.
  if (ink < 200 || ink > gray.length * 0.45) return 0;
  const stride = Math.max(1, Math.ceil(ink / maxPoints));
  const xs: number[] = [];
  const ys: number[] = [];
  let seen = 0;
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (gray[y * width + x] >= threshold) continue;
      if (seen++ % stride !== 0) continue;
      xs.push(x - cx);
      ys.push(y - cy);
    }
  }
  const diag = Math.ceil(Math.hypot(width, height));
  const bins = new Float64Array(diag * 2 + 1);
  const score = (deg: number) => {
    const a = (deg * Math.PI) / 180;
    const sin = Math.sin(a);
    const cos = Math.cos(a);
    bins.fill(0);
    for (let i = 0; i < xs.length; i += 1) bins[Math.round(ys[i] * cos - xs[i] * sin) + diag] += 1;
    let s = 0;
    for (let i = 0; i < bins.length; i += 1) s += bins[i] * bins[i];
    return s;
  };
  const search = (from: number, to: number, step: number) => {
    let bestAngle = 0;
    let bestScore = -1;
    for (let deg = from; deg <= to + 1e-9; deg += step) {
      const s = score(deg);
      // Ties go to the angle closest to 0: never rotate without a reason.
      if (s > bestScore * 1.0001 || (Math.abs(s - bestScore) <= bestScore * 1e-4 && Math.abs(deg) < Math.abs(bestAngle))) {
        bestScore = s;
        bestAngle = deg;
      }
    }
    return bestAngle;
  };
  const coarse = search(-maxAngle, maxAngle, coarseStep);
  const fine = search(coarse - coarseStep, coarse + coarseStep, fineStep);
  return Math.round(fine * 100) / 100;
}
