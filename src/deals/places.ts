/**
 * The places and sector words of a document's sentences, read only for documents that have a deal: a place where
 * something was said or a capital standing for its government is dropped, a place beside a word of placing is marked
 * as the object's, a place inside a quoted name weighs less (quoted-places.ts).
 */
import { CAPITAL_JOINERS, NAMED_OBJECT_AFTER_PLACE, OBJECT_PLACE_AFTER, OBJECT_PLACE_BEFORE, PARTNER_CAPITALS, SPEECH_PLACE_BEFORE } from "../../lexicons/deal-triggers.js";
import { DATELINE_SEATS } from "../../lexicons/regions.js";
import type { SectorPattern } from "../../patterns/deal.common.js";
import { SECTORS_EN } from "../../patterns/deal.en.js";
import { SECTORS_KK } from "../../patterns/deal.kk.js";
import { SECTORS_RU } from "../../patterns/deal.ru.js";
import { placeKey, type RegionPattern } from "../../patterns/region.common.js";
import { REGION_EN } from "../../patterns/region.en.js";
import { REGION_KK } from "../../patterns/region.kk.js";
import { REGION_RU } from "../../patterns/region.ru.js";
import { capitalsDateline, insidePairs } from "../dateline.js";
import { afterBlanks, wordAfter, wordEndAfter } from "../organizations/chars.js";
import type { RecognizerContext } from "../recognizers/types.js";
import type { RegionName, Sector, SupportedLanguage } from "../types.js";
import { startsWord } from "../word-start.js";
import { byStart, distribute, languagesOf, scanCues } from "./doc-scan.js";
import { added } from "./lists.js";
import { isMedia } from "./org-roles.js";
import { QuoteReader } from "./quoted-places.js";
import type { Hit, PlaceHit, SectorHit, SentenceInfo } from "./sentence-info.js";
import { NO_WORDS, endsWithWord, wordBefore } from "./word-before.js";

const SECTORS: Record<SupportedLanguage, () => SectorPattern<Sector>> = { kk: SECTORS_KK, ru: SECTORS_RU, en: SECTORS_EN };
const REGIONS: Record<SupportedLanguage, () => RegionPattern> = { kk: REGION_KK, ru: REGION_RU, en: REGION_EN };

/** Adds place names and sector keywords to the sentences: read only for documents that have a deal. */
export function addPlacesAndSectors(context: RecognizerContext, infos: readonly SentenceInfo[]): void {
  if (infos.length === 0) return;
  const sentences = infos.map((i) => i.sentence);
  const from = sentences[0]!.start;
  const langs = languagesOf(context.language);
  const sectors: SectorHit[] = [];
  const regions: PlaceHit[] = [];
  // an agency's dateline in capitals ("ПАВЛОДАР. КАЗИНФОРМ –"), read in title case: the place it names, but the seat of
  // government, where national news is announced (DATELINE_SEATS)
  const caps = capitalsDateline(context.normalized, from);
  for (const lang of langs) {
    if (caps) {
      for (const h of scanRegions(REGIONS[lang](), caps.title, 0)) {
        if (h.start === 0 && h.end === caps.title.length && !DATELINE_SEATS.includes(h.value)) regions.push({ start: caps.start, end: caps.start + h.end, value: h.value });
      }
    }
    const pattern = SECTORS[lang]();
    scanCues(pattern, context.normalized, from, (start, end, cats, key) => {
      for (const value of cats) sectors.push({ start, end, value, object: pattern.objects.has(key) });
    });
    for (const h of scanRegions(REGIONS[lang](), context.normalized, from)) regions.push(h); // no spread: see jobs
  }
  if (langs.length > 1) { sectors.sort(byStart); regions.sort(byStart); }
  // (a place where something was said is none of the project's: "said at a briefing in Astana that …"; nor the seat of
  // government a dateline in title case names, "Астана. Kursiv – …", as one in capitals says none)
  dropSpeechPlaces(context.normalized, regions);
  const datelines = infos.flatMap((i) => i.datelineEnd < 0 ? [] : [i.sentence.start, i.datelineEnd]);
  if (datelines.length > 0) dropSeats(regions, datelines);
  markLocated(context.normalized, regions);
  distribute(regions.length === 0 ? sectors : outsidePlaces(sectors, regions), sentences, (i, h) => { infos[i]!.sectors = added(infos[i]!.sectors, h); });
  const quotes = new QuoteReader(context.normalized);
  distribute(regions, sentences, (i, h) => {
    // (nor the place in a medium's or an exchange's name: "Astana International Exchange", "The Astana Times")
    if (infos[i]!.orgs.some((o) => o.start <= h.start && h.end <= o.end && isMedia(o.name))) return;
    // (nor a place of the company's other assets, told in an aside: "…, which already operates a plant in Pavlodar, …")
    if (insidePairs(infos[i]!.asides, h)) return;
    quotes.mark(infos[i]!.sentence.start, h);
    infos[i]!.regions = added(infos[i]!.regions, h);
  });
}

/**
 * The sector words that are not inside a place name ("в Рудном": the town Rudny, not ore; "Рудный" starts like
 * "руда"). Both lists sorted by start.
 */
function outsidePlaces(sectors: readonly SectorHit[], places: readonly Hit<RegionName>[]): SectorHit[] {
  const out: SectorHit[] = [];
  let k = 0;
  for (const h of sectors) {
    while (k < places.length && places[k]!.end <= h.start) k++;
    let inside = false;
    for (let j = k; j < places.length && places[j]!.start < h.end; j++) if (places[j]!.end > h.start) { inside = true; break; }
    if (!inside) out.push(h);
  }
  return out;
}

function scanRegions(pattern: RegionPattern, text: string, from: number): PlaceHit[] {
  const out: PlaceHit[] = [];
  const re = pattern.regex;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!startsWord(text, m.index)) { re.lastIndex = m.index + 1; continue; }
    for (let g = 0; g < pattern.groups.length; g++) {
      const name = m[g + 1];
      if (name === undefined) continue;
      const kind = pattern.groups[g]!;
      const region = pattern.lookup.get(placeKey(kind, name));
      if (region) out.push(kind === "compass" ? { start: m.index, end: m.index + m[0].length, value: region, loose: true } : { start: m.index, end: m.index + m[0].length, value: region });
      break;
    }
  }
  return out;
}

const SPEECH_BEFORE = SPEECH_PLACE_BEFORE.map((w) => w.toLowerCase());
const SPEECH_REACH = Math.max(...SPEECH_BEFORE.map((w) => w.length)) + 2;

/**
 * Drops (in place) the places right after words of speech (SPEECH_PLACE_BEFORE) and a capital named beside a partner
 * country's (PARTNER_CAPITALS: "Astana and Beijing have signed …"), which stands for its government.
 */
function dropSpeechPlaces(text: string, regions: Hit<RegionName>[]): void {
  let kept = 0;
  for (const h of regions) {
    // (speed: the word before and after each place is read in place, and a slice only behind a word that may end such a
    // phrase; the places of the English deal-dense text of the adversarial bench cost ~5% more otherwise)
    const w1 = wordBefore(text, h.start, 0, NO_WORDS, 0);
    const spoken = w1 !== null && SPEECH_LAST.has(w1) && spokenBefore(text, h.start);
    if (!spoken && !besideCapital(text, h, w1)) regions[kept++] = h;
  }
  regions.length = kept;
}

const OBJECT_BEFORE = OBJECT_PLACE_BEFORE.map((w) => w.toLowerCase());
const OBJECT_BEFORE_REACH = Math.max(...OBJECT_BEFORE.map((w) => w.length)) + 2;
const OBJECT_AFTER = OBJECT_PLACE_AFTER.map((w) => w.toLowerCase());
const OBJECT_AFTER_REACH = Math.max(...OBJECT_AFTER.map((w) => w.length)) + 2;

/**
 * Marks the places a word of placing stands right before or after (OBJECT_PLACE_BEFORE, OBJECT_PLACE_AFTER: "будет
 * построен в X", "X облысында салынады"): where the object stands (attributes.ts reads them as beside a facility).
 */
function markLocated(text: string, regions: PlaceHit[]): void {
  for (const h of regions) {
    // (a town's name that names a deposit or a village, "Жаңатас мыс кен орнында": weighs as a quoted one)
    if (namesObject(text, h)) h.loose = true;
    const before = text.slice(Math.max(0, h.start - OBJECT_BEFORE_REACH), h.start).toLowerCase().trimEnd();
    if (OBJECT_BEFORE.some((w) => before.endsWith(w))) { h.located = true; continue; }
    const after = text.slice(h.end, h.end + OBJECT_AFTER_REACH).toLowerCase().trimStart();
    if (OBJECT_AFTER.some((w) => after.startsWith(w))) h.located = true;
  }
}

/** How far after a place the noun of a thing it names may start (one word between: "Жаңатас мыс кен орны"). */
const NAMED_OBJECT_REACH = 24;

/** Whether a deposit's or a village's noun (NAMED_OBJECT_AFTER_PLACE) follows the place, at most one word between. */
function namesObject(text: string, h: { end: number }): boolean {
  const written = text.slice(h.end, h.end + NAMED_OBJECT_REACH).trimStart();
  const after = written.toLowerCase();
  if (NAMED_OBJECT_AFTER_PLACE.some((w) => after.startsWith(w))) return true;
  // (the word between is a common noun, in lower case: "мыс"; not another name, "Павлодар облысындағы Шымкент ауылында")
  const space = after.indexOf(" ");
  if (space < 0 || written.charAt(0) !== after.charAt(0)) return false;
  const next = after.slice(space + 1);
  return NAMED_OBJECT_AFTER_PLACE.some((w) => next.startsWith(w));
}

/** The last words of SPEECH_PLACE_BEFORE ("in", "в"): only a place after one of them is read further. */
const SPEECH_LAST: ReadonlySet<string> = new Set(SPEECH_BEFORE.map((w) => w.slice(w.lastIndexOf(" ") + 1)));

function spokenBefore(text: string, at: number): boolean {
  return endsWithWord(text.slice(Math.max(0, at - SPEECH_REACH), at).toLowerCase().trimEnd(), SPEECH_BEFORE);
}

const CAPITALS: ReadonlySet<string> = new Set(PARTNER_CAPITALS.map((w) => w.toLowerCase()));
const JOINERS: ReadonlySet<string> = new Set(CAPITAL_JOINERS);

/**
 * Whether a place is joined to a partner country's capital ("Astana and Beijing", "Пекин и Астана"); `before`: the word
 * before it (lower case).
 */
function besideCapital(text: string, h: Hit<RegionName>, before: string | null): boolean {
  const a1 = afterBlanks(text, h.end);
  const a1End = wordEndAfter(text, a1);
  if (JOINERS.has(text.slice(a1, a1End).toLowerCase()) && CAPITALS.has(wordAfter(text, a1End))) return true;
  // (the word before the joiner: the first before the place that is not one)
  return before !== null && JOINERS.has(before) && CAPITALS.has(wordBefore(text, h.start, 0, JOINERS, 1) ?? "");
}

/** Drops (in place) the seats of government (DATELINE_SEATS) named inside one of the datelines' pairs. */
function dropSeats(regions: Hit<RegionName>[], datelines: readonly number[]): void {
  let kept = 0;
  for (const h of regions) if (!(DATELINE_SEATS.includes(h.value) && insidePairs(datelines, h))) regions[kept++] = h;
  regions.length = kept;
}
