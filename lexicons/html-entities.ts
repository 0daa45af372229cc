/**
 * HTML character references that news text scraped from web pages keeps when its tags are stripped but its
 * entities are not decoded ("ТОО &laquo;Альфа&raquo;", "5&nbsp;млрд тенге", "Procter &amp; Gamble"). Normalization
 * (src/normalize.ts) reads them as the character they stand for; numeric references (&#171;, &#x2014;) need no entry.
 */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: "\u00A0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", shy: "\u00AD",
  laquo: "«", raquo: "»", ldquo: "“", rdquo: "”", bdquo: "„", lsquo: "‘", rsquo: "’", sbquo: "‚", quot: "\"", apos: "'",
  lsaquo: "‹", rsaquo: "›", prime: "′", Prime: "″",
  ndash: "–", mdash: "—", minus: "−", hellip: "…", middot: "·", bull: "•",
  amp: "&", lt: "<", gt: ">", num: "#", percnt: "%", dollar: "$", euro: "€", yen: "¥", pound: "£", cent: "¢",
  deg: "°", times: "×", sup2: "²", sup3: "³", frac12: "½", frac14: "¼", frac34: "¾", plusmn: "±", asymp: "≈",
  le: "≤", ge: "≥", copy: "©", reg: "®", trade: "™", sect: "§", numero: "№",
};
