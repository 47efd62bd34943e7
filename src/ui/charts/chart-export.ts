// Chart export as files (downloaded through ui/data/download.ts). PNG goes through Vega's offscreen canvas (toCanvas, the same path as
// toImageURL without the base64 round trip); SVG is Vega's own serialisation.
import type { View } from 'vega';

/** `scale` multiplies the CSS-pixel size: 2 gives a sharp image on slides and retina screens. */
export async function toPNG(view: View, scale = 2): Promise<Blob> {
  const canvas = await view.toCanvas(scale);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the chart as PNG.'))), 'image/png');
  });
}

export async function toSVG(view: View): Promise<Blob> {
  return new Blob([await view.toSVG()], { type: 'image/svg+xml;charset=utf-8' });
}

/** 'Sales by month' -> 'Sales_by_month.png'; keeps Hangul, drops characters file systems reject. */
export function chartFileName(title: string, extension: 'png' | 'svg'): string {
  const base = title.trim().replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '').replace(/\s+/g, '_').slice(0, 80);
  return `${base || 'chart'}.${extension}`;
}
