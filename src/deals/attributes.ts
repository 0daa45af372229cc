/**
 * A deal's region and sector, read from its sentences.
 *
 * Region: the region named most often in the deal's sentences (outside the names of its parties that are not
 * state bodies: «Астана» in a company's name is not a place; the headline's places weigh half; of two named as
 * often, the one beside a facility noun, then the first), else the
 * region of the package it was split from, else the document's region when one region dominates
 * the document.
 *
 * Sector: what is built first (an object phrase), then a capacity's product of one sector, then a capacity in MW or
 * MWh, then the keywords of the deal's sentences, then the sentence before it (see dealSector).
 */
import { SECTOR_BY_COMMODITY, SECTOR_BY_UNIT } from "../../lexicons/sectors.js";
import type { RegionName, Sector, Span } from "../types.js";
import type { Frame } from "./frame.js";
import { isStateBody } from "./org-roles.js";
import type { Hit, PlaceHit, SentenceInfo } from "./sentence-info.js";

/** SECTOR_BY_COMMODITY as a map (no lookup reaches an object's inherited keys). */
const COMMODITY_SECTORS: ReadonlyMap<string, Sector> = new Map(Object.entries(SECTOR_BY_COMMODITY));

/** Whether a span lies inside one of the spans: a test that costs O(log n) per span, not one pass over n. */
type Inside = (h: Span) => boolean;

const NOWHERE: Inside = () => false;

function insideSpan({ start, end }: Span): Inside {
  return (h) => start <= h.start && end >= h.end;
}

/**
 * `inside(h)`: whether h lies inside one of `spans`. A deal with thousands of parties (a long list of
 * organizations in one deal) tested every place and sector word against every party's span: quadratic.
 * Sorted by start with the running maximum of their ends, the spans starting by h.start reach h.end or not.
 */
function insideAny(spans: readonly Span[]): Inside {
  // most deals have one party or none (speed: no arrays and no search for them, a deal per sentence allocated them)
  if (spans.length === 0) return NOWHERE;
  if (spans.length === 1) return insideSpan(spans[0]!);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, s.end));
  return (h) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= h.start) lo = mid + 1; else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= h.end;
  };
}

function placeHits(info: SentenceInfo, inside: Inside): Hit<RegionName>[] {
  return info.regions.filter((h) => !inside(h));
}

/**
 * The region that dominates the document: named in at least two sentences and in more than half of
 * the sentences that name a place (each sentence counts a region once), or the only region the
 * document names when its lead sentence (or its headline) names it ("В Карагандинской области появится новое
 * производство. АО «X» подписало контракт …").
 */
export function documentRegion(infos: readonly SentenceInfo[]): RegionName | null {
  const counts = new Map<RegionName, number>();
  let total = 0;
  // the regions counted for the sentence being read (one list for the document: no set and no lists per sentence)
  const seen: RegionName[] = [];
  // (index loops and no closure per place: the loop allocated 250 bytes per sentence, now 150; sampling heap
  // profile of the English deal-dense text of the adversarial bench, a place per sentence)
  for (let s = 0; s < infos.length; s++) {
    const info = infos[s]!;
    seen.length = 0;
    for (let r = 0; r < info.regions.length; r++) {
      const h = info.regions[r]!;
      // a place in a company's name is none ("ТОО «Астана Моторс»"); a state body's is ("акимат Костанайской области")
      if (insideCompanyName(info.orgs, h)) continue;
      if (seen.includes(h.value)) continue;
      seen.push(h.value);
      counts.set(h.value, (counts.get(h.value) ?? 0) + 1);
      total++;
    }
  }
  let best: RegionName | null = null;
  let n = 0;
  for (const [r, c] of counts) if (c > n) { best = r; n = c; }
  // (the lead is the first sentence after a headline: "«Qostanai» арнайы экономикалық аймағына … тіркелді ¶ Қостанай
  // облысындағы «Qostanai» … қосылды")
  const lead = infos[0]!.headline && infos.length > 1 ? infos[1]! : infos[0]!;
  if (best !== null && n === 1 && counts.size === 1 && (infos[0]!.regions.some((h) => h.value === best) || lead.regions.some((h) => h.value === best))) return best;
  return best !== null && n >= 2 && n * 2 > total ? best : null;
}

/** Whether a place lies inside the name of one of the organizations that is not a state body. */
function insideCompanyName(orgs: readonly { start: number; end: number; name: string }[], h: Span): boolean {
  for (let k = 0; k < orgs.length; k++) {
    const m = orgs[k]!;
    if (m.start <= h.start && h.end <= m.end && !isStateBody(m.name)) return true;
  }
  return false;
}

/** Inside the names of the parties that are not state bodies, where a place says nothing about the deal (a state body's place does). */
function insideCompanies(f: Frame): Inside {
  // most deals have one company or none: no list for them
  let one: Span | null = null;
  let many: Span[] | null = null;
  for (let k = 0; k < f.parties.length; k++) {
    const p = f.parties[k]!;
    if (p.state) continue;
    if (one === null && many === null) one = p.span;
    else { many ??= [one!]; many.push(p.span); }
  }
  return many !== null ? insideAny(many) : one !== null ? insideSpan(one) : NOWHERE;
}

/** How far a place may follow a facility noun ("plant in Kostanay", "завода в Костанае") and still be where it stands. */
const PLACE_AFTER_FACILITY = 25;
/** How far a place may come before one ("Қостанайда жүк көліктерін құрастыру зауытын", "в Костанае построят завод"). */
const PLACE_BEFORE_FACILITY = 60;

/**
 * How far a place stands from the nearest facility noun of its sentence (characters between them), within those
 * reaches: the facility's place, not the venue of a signing; NOT_BESIDE when none is near.
 */
function facilityGap(info: SentenceInfo, h: PlaceHit): number {
  // (a place a word of placing stands beside: "будет построен в X", "X облысында салынады")
  if (h.located) return 0;
  let gap = NOT_BESIDE;
  for (const c of info.cues) {
    if (!c.categories.includes("facility")) continue;
    if (h.start >= c.end && h.start - c.end <= PLACE_AFTER_FACILITY) gap = Math.min(gap, h.start - c.end);
    if (h.end <= c.start && c.start - h.end <= PLACE_BEFORE_FACILITY) gap = Math.min(gap, c.start - h.end);
  }
  return gap;
}
const NOT_BESIDE = Number.MAX_SAFE_INTEGER;

/**
 * The regions named in the deal being read (dealRegion): how often (weighed), where first, whether beside a facility
 * noun, in the order first named; columns kept from deal to deal, read only within one call (a parent frame's call
 * comes after the columns are read). Speed: a list of objects per deal, each list grown from an empty literal (a
 * backing store of 17), the parties' spans and a best-so-far object were ~600 bytes of garbage a deal; on the
 * English deal-dense text of the adversarial bench (a deal per sentence) dealRegion allocated 849 KB per 200 KB.
 */
const REGION_NAMES: RegionName[] = [];
const REGION_N: number[] = [];
const REGION_FIRST: number[] = [];
/** The region's smallest gap to a facility noun (facilityGap; NOT_BESIDE: never beside one). */
const REGION_FACILITY: number[] = [];

export function dealRegion(f: Frame, infos: readonly SentenceInfo[], docRegion: RegionName | null): RegionName | null {
  // in the order first named (a deal names few regions: a list searched in order, not a Map per deal)
  let count = 0;
  const exclude = insideCompanies(f);
  for (let s = 0; s < f.sentences.length; s++) {
    const info = infos[f.sentences[s]!]!;
    // the headline's place weighs half: "near Almaty" in the title, "in Almaty region" in the body; so does a signing's
    // place told with no object, its venue ("Құжатқа 19 қыркүйекте Астанада қол қойылды", "The document was signed in
    // Astana") beside a plant's place named elsewhere
    const venue = !info.headline && info.has.has("sign") && !info.has.has("facility") && !info.has.has("build") && !info.has.has("project");
    const w = info.headline || venue ? 0.5 : 1;
    for (let r = 0; r < info.regions.length; r++) {
      const h = info.regions[r]!;
      if (exclude(h)) continue; // outside the parties' names, as placeHits
      let c = 0;
      while (c < count && REGION_NAMES[c] !== h.value) c++;
      // (a place inside a quoted name, "тепличный комплекс «Шымкент Жемістері»", weighs a quarter and stands beside no
      // facility: a place named for itself wins, "В Жамбылской области …"; alone, it is the deal's all the same)
      const facility = h.quoted ? NOT_BESIDE : facilityGap(info, h);
      // (so does a compass name alone, "крупнейший в Северном Казахстане": it may name a part of the country)
      const wh = h.quoted || h.loose ? w / 4 : w;
      if (c < count) {
        REGION_N[c] = REGION_N[c]! + wh;
        REGION_FACILITY[c] = Math.min(REGION_FACILITY[c]!, facility);
      } else {
        REGION_NAMES[count] = h.value;
        REGION_N[count] = wh;
        REGION_FIRST[count] = h.start;
        REGION_FACILITY[count] = facility;
        count++;
      }
    }
  }
  // as often named: the place nearer a facility noun ("In Astana, … signed a memorandum on a plant in Kostanay": where
  // the plant stands, not where the memorandum was signed; "signed … in Astana on Monday to build a wind farm in the
  // Zhambyl region": both are within reach of the facility, the nearer is its place), then the first named
  let best: RegionName | null = null;
  let bestN = 0, bestFirst = Infinity, bestFacility = NOT_BESIDE;
  for (let c = 0; c < count; c++) {
    const n = REGION_N[c]!, first = REGION_FIRST[c]!, facility = REGION_FACILITY[c]!;
    if (n > bestN || (n === bestN && (facility < bestFacility || facility === bestFacility && first < bestFirst))) {
      best = REGION_NAMES[c]!;
      bestN = n; bestFirst = first; bestFacility = facility;
    }
  }
  if (best) return best;
  for (let p = f.parent; p; p = p.parent) {
    const r = dealRegion({ ...p, parent: null }, infos, null);
    if (r) return r;
  }
  return docRegion;
}

/**
 * The first of the deal's sentences that names `region` (outside party names and quotes), else the
 * first such sentence of the package it was split from, else the first sentence of the document that
 * names it (a document region), else -1: the evidence of the deal's region.
 */
export function regionSentence(f: Frame, infos: readonly SentenceInfo[], region: RegionName): number {
  for (let g: Frame | null = f; g; g = g.parent) {
    const exclude = insideCompanies(g);
    let first = -1;
    for (const i of g.sentences) {
      if ((first < 0 || i < first) && placeHits(infos[i]!, exclude).some((h) => h.value === region)) first = i;
    }
    if (first >= 0) return first;
  }
  return infos.findIndex((info) => info.regions.some((h) => h.value === region));
}

/**
 * The deal's sector, read from what is built first and the document's words last:
 * 1. an object phrase (lexicons/sectors.ts OBJECT_SECTORS: "мыс балқыту зауыты", "завод по производству
 *    карбамида", "data centre") in the sentences that opened the deal or named its parties, else in its
 *    other sentences: the first one in text order;
 * 2. a capacity's product of one sector (SECTOR_BY_COMMODITY: polyethylene, clinker, ferrosilicon …);
 * 3. a capacity in MW or MWh: energy;
 * 4. the sector keywords of the deal's sentences, weighed (twice in those core sentences), when one
 *    sector holds more than half of the weight (a package over several sectors has none);
 * 5. with no keyword at all, the sentence before the deal, else (a second object of the same party) the
 *    sector of the deal it follows.
 * Words inside the parties' names are not read ("Jiangxi Copper" says nothing of the plant). A package
 * whose object phrases name several sectors goes on to the keywords.
 */
export function dealSector(f: Frame, infos: readonly SentenceInfo[]): Sector | null {
  // a sector word inside a party's name or a state body's says nothing of the deal ("the energy ministry said",
  // "According to the Ministry of Energy"); a plant's name may be the deal's object ("Шымкентского НПЗ")
  const spans: Span[] = f.parties.map((p) => p.span);
  // (nor does a party's name written again: "ТОО «Кызылту Майнинг» … ТОО «Кызылту Майнинг» вложит" is no crypto mining)
  const partyNames = new Set(f.parties.map((p) => p.name));
  const bodies = (i: number) => { for (const m of infos[i]!.orgs) if (isStateBody(m.name) || partyNames.has(m.name)) spans.push(m); };
  for (const i of f.sentences) bodies(i);
  // nor does the equipment a supplier delivered ("Оборудование поставила …": no manufacturing deal for that), nor the rest
  // of a later sentence that names the supplier ("X will supply and install the glass structures and climate control systems")
  for (const i of f.sentences) {
    for (const c of infos[i]!.cues) if (c.categories.includes("supply")) { spans.push(i === f.opened ? c : infos[i]!.sentence); break; }
  }
  if (f.opened > 0) bodies(f.opened - 1);
  const exclude = insideAny(spans);
  // in text order (assembleDeals sorts a kept frame's sentences; a parent frame's may not be)
  const ordered = isSorted(f.sentences) ? f.sentences : [...f.sentences].sort((a, b) => a - b);
  const object = (core: boolean): Sector | null => {
    for (const i of ordered) {
      if (f.core.has(i) !== core) continue;
      const h = infos[i]!.sectors.find((x) => x.object && !exclude(x));
      if (h) return h.value;
    }
    return null;
  };
  const named = object(true) ?? object(false);
  if (named && !(f.package && objectsDiffer(f, infos, exclude))) return named;
  for (const c of f.capacity) {
    const s = c.commodity !== undefined ? COMMODITY_SECTORS.get(c.commodity) : undefined;
    if (s) return s;
  }
  for (const c of f.capacity) {
    const s = SECTOR_BY_UNIT[c.unit];
    if (s) return s;
  }
  // each sector's weight, in the order first found (a list searched in order: a deal names few sectors), in
  // SECTOR_NAMES and SECTOR_WEIGHTS (see REGION_NAMES: the same columns for sectors)
  let sectors = 0;
  let total = 0;
  const count = (i: number, w: number) => {
    const hits = infos[i]!.sectors;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      if (exclude(h)) continue;
      let e = 0;
      while (e < sectors && SECTOR_NAMES[e] !== h.value) e++;
      if (e < sectors) SECTOR_WEIGHTS[e] = SECTOR_WEIGHTS[e]! + w;
      else { SECTOR_NAMES[sectors] = h.value; SECTOR_WEIGHTS[sectors] = w; sectors++; }
      total += w;
    }
  };
  for (let k = 0; k < f.sentences.length; k++) count(f.sentences[k]!, f.core.has(f.sentences[k]!) ? 2 : 1);
  // (not for an item of a list or a clause of a split sentence: the one before is another deal's, "1) … алюминий цехы
  // – …; 2) … битум зауыты – …", "X will build a 500 MW power plant; Y will build a salt processing plant")
  const opened = infos[f.opened]!;
  if (total === 0 && f.opened > 0 && !f.members.has(f.opened - 1) && !opened.item && !opened.clause) count(f.opened - 1, 1);
  // a second object of a party with no word of its sector ("тағы бір зауыт"): the sector of the deal it follows
  if (total === 0) return f.parent && !f.parent.package ? dealSector({ ...f.parent, parent: null }, infos) : null;
  let best: Sector | null = null;
  let w = 0;
  for (let e = 0; e < sectors; e++) if (SECTOR_WEIGHTS[e]! > w) { best = SECTOR_NAMES[e]!; w = SECTOR_WEIGHTS[e]!; }
  return w * 2 > total ? best : null;
}

/** The sectors of the deal being read and their weights (dealSector), kept from deal to deal as REGION_NAMES. */
const SECTOR_NAMES: Sector[] = [];
const SECTOR_WEIGHTS: number[] = [];

function isSorted(list: readonly number[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k]! < list[k - 1]!) return false;
  return true;
}

/** Whether the object phrases of the frame's sentences name more than one sector. */
function objectsDiffer(f: Frame, infos: readonly SentenceInfo[], exclude: Inside): boolean {
  const seen = new Set<Sector>();
  for (const i of f.sentences) for (const h of infos[i]!.sectors) if (h.object && !exclude(h)) seen.add(h.value);
  return seen.size > 1;
}
