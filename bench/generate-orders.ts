// Seeded synthetic orders for the benchmark: order_id, customer_id, order_ts, amount (KRW).
// Heavy-tailed spend (log-normal) and a skewed number of orders per customer, like real shops.
// Written as CSV in 1 MB chunks so 10M rows never sit in memory as one string.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: small, fast, seeded; good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function writeOrdersCsv(path: string, rows: number, customers: number, seed = 42): Promise<void> {
  const random = rng(seed);
  const out = createWriteStream(path);
  const start = Date.UTC(2023, 0, 1) / 1000;
  const span = 2 * 365 * 86400;
  let chunk = 'order_id,customer_id,order_ts,amount\n';
  for (let i = 1; i <= rows; i++) {
    // Squaring a uniform skews orders toward low customer ids: a few heavy buyers, many one-timers.
    const customer = 1 + Math.floor(random() * random() * customers);
    const ts = new Date((start + Math.floor(random() * span)) * 1000).toISOString().slice(0, 19).replace('T', ' ');
    const normal = Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
    const amount = Math.round(Math.exp(10.3 + 0.9 * normal) / 100) * 100;
    chunk += `${i},${customer},${ts},${amount}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
