// Background of a profile cell from its z-score: blue above the overall mean, orange below,
// stronger with |z|, saturating at |z| = 2 (a translucent colour reads on light and dark themes).
const SATURATE_AT = 2;
const MAX_ALPHA = 0.55;

export function zBackground(z: number): string {
  if (!Number.isFinite(z) || z === 0) return 'transparent';
  const alpha = (Math.min(Math.abs(z), SATURATE_AT) / SATURATE_AT) * MAX_ALPHA;
  const hue = z > 0 ? 212 : 24;
  return `hsl(${hue} 85% 50% / ${alpha.toFixed(3)})`;
}

/** Digits for a centre value: enough to tell clusters apart without noise. */
export function significant(value: number): Intl.NumberFormatOptions {
  const magnitude = Math.abs(value);
  return { maximumFractionDigits: magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3 };
}
