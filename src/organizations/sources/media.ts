/** Source: media domains ("kapital.kz"), with the country of their top-level domain. */
import { DOMAIN_COUNTRIES } from "../../../lexicons/countries.js";
import { MEDIA_DOMAIN } from "../../../patterns/organization.js";
import { type Org, type Source, push } from "../candidate.js";
import { registerPattern } from "../../regex.js";

function mediaDomains(text: string, out: Org[]): void {
  MEDIA_DOMAIN.lastIndex = 0;
  for (let m = MEDIA_DOMAIN.exec(text); m; m = MEDIA_DOMAIN.exec(text)) {
    if (/^www\./i.test(m[0])) continue;
    const country = DOMAIN_COUNTRIES[m[0].slice(m[0].lastIndexOf(".") + 1).toLowerCase()];
    push(out, m.index, m.index + m[0].length, m[0], country ? { country } : {});
  }
}

const ANY_DOMAIN = registerPattern("organization.any-domain", /[A-Za-z0-9]\.[A-Za-z]/g);

export const mediaSource: Source = {
  name: "media",
  anchor: "latin",
  find(input, out) {
    // a domain match has its Latin letter two characters after its start
    ANY_DOMAIN.lastIndex = Math.max(0, input.firstLatin - 2);
    if (ANY_DOMAIN.test(input.text)) mediaDomains(input.text, out);
  },
};
