/** Totals as horizontal bar charts in inline SVG, drawn here (no library, nothing fetched). */
import { esc } from "./escape.js";
import { usdShort } from "./values.js";

const WIDTH = 460;
const LABEL = 170;
const VALUE = 70;
const ROW = 22;
const BAR = 16;

/** A figure with one bar per entry, largest first; `entries` are [label, US dollars]. */
export function barChart(caption: string, entries: readonly (readonly [string, number])[]): string {
  const rows = [...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const height = Math.max(ROW, rows.length * ROW) + 4;
  const span = WIDTH - LABEL - VALUE;
  const bars = rows.map(([label, value], i) => {
    const y = i * ROW + 2;
    const w = Math.max(1, Math.round((value / max) * span));
    return `<g><title>${esc(`${label}: ${usdShort(value)}`)}</title>` +
      `<text x="${LABEL - 6}" y="${y + BAR - 3}" text-anchor="end" font-size="12">${esc(label)}</text>` +
      `<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" fill="#0072B2"></rect>` +
      `<text x="${LABEL + w + 4}" y="${y + BAR - 3}" font-size="12">${esc(usdShort(value))}</text></g>`;
  }).join("");
  const body = rows.length === 0 ? `<text x="4" y="15" font-size="12">no amounts in US dollars</text>` : bars;
  return `<figure><figcaption>${esc(caption)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(caption)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">${body}</svg></figure>`;
}

/** Sums of `value` per `key` (null keys as `none`), for the records that have a value. */
export function totals<T>(items: readonly T[], key: (item: T) => string | null, value: (item: T) => number | null, none: string): [string, number][] {
  const sums = new Map<string, number>();
  for (const item of items) {
    const v = value(item);
    if (v === null || !Number.isFinite(v)) continue;
    const k = key(item) ?? none;
    sums.set(k, (sums.get(k) ?? 0) + v);
  }
  return [...sums];
}
