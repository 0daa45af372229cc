/** The one style sheet of both views (document view and tracker report), inlined in the page. */
import { OTHER, TYPE_STYLES, UNRESOLVED_COLOUR } from "./types.js";

function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
}

const typeRules = [...Object.entries(TYPE_STYLES), ["other", OTHER] as const]
  .map(([type, s]) => `.t-${type}{background:${tint(s.colour, 0.22)};border-bottom:3px ${s.underline} ${s.colour}}` +
    `.key.t-${type}{display:inline-block;padding:0 .4em;margin-right:.6em}`)
  .join("\n");

export const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1a1a1a;background:#fafafa}
header.page{padding:.6em 1.2em;background:#fff;border-bottom:1px solid #ccc;position:sticky;top:0;z-index:3}
header.page h1{font-size:1.15em;margin:0 0 .2em}
.legend{margin:.2em 0;font-size:.9em}
main{padding:1em 1.2em}
.doc,.ev,mark.m{scroll-margin-top:7em}
.doc{display:grid;grid-template-columns:minmax(0,3fr) minmax(16em,2fr);gap:1.2em;margin-bottom:2em;content-visibility:auto;contain-intrinsic-size:auto 900px}
.doc>header{grid-column:1/-1;border-bottom:2px solid #444;padding-bottom:.3em}
.doc>header h2{font-size:1.05em;margin:0;overflow-wrap:anywhere}
.meta{font-size:.9em;color:#333}
.meta b{font-weight:600}
.unresolved-list{color:${UNRESOLVED_COLOUR}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;padding:1em;border:1px solid #ddd;line-height:1.9}
mark.m{color:inherit;padding:0 1px;position:relative;cursor:help}
mark.m:focus{outline:2px solid #000;outline-offset:1px}
mark.m:focus::after{content:attr(title);position:absolute;left:0;top:100%;z-index:2;white-space:nowrap;background:#111;color:#fff;font-size:.8em;padding:.1em .4em;border-radius:3px;line-height:1.4}
${typeRules}
mark.unresolved,.key.unresolved{text-decoration:underline wavy ${UNRESOLVED_COLOUR};text-underline-offset:4px}
.key.unresolved{display:inline-block;padding:0 .4em}
.ev.hl{background:#FFF2A8;box-shadow:0 0 0 2px #F0E442}
mark.focus{outline:3px solid #000;outline-offset:1px}
aside.deals{display:flex;flex-direction:column;gap:.8em;position:sticky;top:6em;align-self:start;max-height:calc(100vh - 7em);overflow:auto}
.card{background:#fff;border:1px solid #bbb;border-left:6px solid #bbb;padding:.5em .8em;cursor:pointer}
.card:focus-visible{outline:3px solid #0072B2}
.card.active{border-left-color:#000;box-shadow:0 0 0 1px #000}
.card h3{font-size:1em;margin:0 0 .3em}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.15em .6em;margin:0;font-size:.92em}
.card dt{color:#555}
.card dd{margin:0}
button.field{font:inherit;text-align:left;background:none;border:0;border-bottom:1px dotted #555;padding:0;cursor:pointer;color:inherit}
button.field:focus-visible{outline:2px solid #0072B2}
.none{color:#777;font-style:italic}
.error{color:#a00}
.controls{display:flex;flex-wrap:wrap;gap:.8em;align-items:center;margin:.6em 0}
.controls input,.controls select{font:inherit;padding:.2em .4em}
.charts{display:flex;flex-wrap:wrap;gap:1.5em;margin:.5em 0 1em}
.charts figure{margin:0;background:#fff;border:1px solid #ddd;padding:.5em}
.charts figcaption{font-weight:600;font-size:.95em}
table.projects{border-collapse:collapse;width:100%;table-layout:fixed;background:#fff;font-size:.92em}
table.projects th,table.projects td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
table.projects{min-width:62em}
.table-wrap{overflow-x:auto}
table.projects td{overflow-wrap:break-word}
table.projects td.id{white-space:nowrap;overflow-wrap:normal}
table.projects th:nth-child(1){width:2.6em}
table.projects th:nth-child(3){width:8.8em}
table.projects th:nth-child(4){width:8.5em}
table.projects th:nth-child(5){width:9.2em}
table.projects th:nth-child(6){width:5.5em}
table.projects th:nth-child(7){width:8em}
table.projects th:nth-child(8){width:5em}
table.projects th:nth-child(9){width:6.5em}
table.projects th:nth-child(10){width:4.8em}
table.projects th:nth-child(11){width:8.6em}
table.projects td.num{text-align:right;white-space:nowrap}
table.projects th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}
table.projects th[aria-sort=ascending] button::after{content:" ▲"}
table.projects th[aria-sort=descending] button::after{content:" ▼"}
button.expand{font:inherit;background:none;border:1px solid #888;border-radius:3px;cursor:pointer;min-width:1.8em}
tr.sources td{background:#f4f4f4}
tr.sources blockquote{margin:.3em 0 .6em 1em;padding-left:.6em;border-left:3px solid #0072B2;white-space:pre-wrap}
tr.sources .src{margin:.4em 0}
.conflict{color:#8a4b00}
`;
