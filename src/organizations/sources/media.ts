/** Source: media domains ("kapital.kz"), with the country of their top-level domain. */
import { DOMAIN_COUNTRIES } from "../../../lexicons/countries.js";
import { MEDIA_DOMAIN } from "../../../patterns/organization.js";
import { type Org, type Source, push } from "../candidate.js";

function mediaDomains(text: string, out: Org[]): void {
  MEDIA_DOMAIN.lastIndex = 0;
  for (let m = MEDIA_DOMAIN.exec(text); m; m = MEDIA_DOMAIN.exec(text)) {
    if (/^www\./i.test(m[0])) continue;
    const country = DOMAIN_COUNTRIES[m[0].slice(m[0].lastIndexOf(".") + 1).toLowerCase()];
    push(out, m.index, m.index + m[0].length, m[0], country ? { country } : {});
  }
}

const isAsciiLetter = (c: number): boolean => c >= 0x41 && c <= 0x5a || c >= 0x61 && c <= 0x7a;
const isAsciiLetterOrDigit = (c: number): boolean => isAsciiLetter(c) || c >= 0x30 && c <= 0x39;

/**
 * Whether an ASCII letter or digit, a period and an ASCII letter stand in a row from `from` on (every
 * domain has them). Speed: a search for each period instead of the regex /[A-Za-z0-9]\.[A-Za-z]/g,
 * whose test at every character of the rest of the text sampled at 1.3% of the stage over the Russian
 * dev texts (most have a Latin letter, few a domain); the period search is not measurable there.
 */
function anyDomain(text: string, from: number): boolean {
  for (let i = text.indexOf(".", from + 1); i >= 0; i = text.indexOf(".", i + 1)) {
    if (isAsciiLetter(text.charCodeAt(i + 1)) && isAsciiLetterOrDigit(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

export const mediaSource: Source = {
  name: "media",
  anchor: "latin",
  find(input, out) {
    // a domain match has its Latin letter two characters after its start
    if (anyDomain(input.text, Math.max(0, input.firstLatin - 2))) mediaDomains(input.text, out);
  },
};
