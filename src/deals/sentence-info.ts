/** What deal assembly knows of each sentence (built by features.ts): its cues, mentions and hits. */
import type { CueCategory } from "../../lexicons/deal-triggers.js";
import type { Sentence } from "../segment.js";
import type { CueSet } from "./cue-set.js";
import type { SentenceIndex } from "./sentence-parties.js";
import type { CapacityMention, DateMention, MoneyMention, OrganizationMention, RegionName, Sector, Span } from "../types.js";

export interface Cue extends Span {
  categories: readonly CueCategory[];
  /** The lexicon entry matched (its lookup key): "завод" for "завода" and "заводе". */
  key: string;
}

export interface Hit<T> extends Span {
  value: T;
}

/** A place named in a sentence; `located` when a word of placing the object stands beside it ("будет построен в"). */
export interface PlaceHit extends Hit<RegionName> {
  located?: boolean;
  /** Inside a quoted name ("«Шымкент Жемістері»"): weighed after the places named for themselves (quoted-places.ts). */
  quoted?: boolean;
  /** A compass name alone ("Шығыс Қазақстанда", "в Восточном Казахстане"): it may name a part of the country, and weighs as a quoted one. */
  loose?: boolean;
}

/** A jobs count; `temporary` when its adjective says the jobs last only while the plant is built ("временных"). */
export interface JobsHit extends Hit<number> {
  temporary: boolean;
}

/** A sector keyword; `object` when it names what is built ("мыс балқыту зауыты", "data centre"; lexicons/sectors.ts OBJECT_SECTORS). */
export interface SectorHit extends Hit<Sector> {
  object: boolean;
}

/** A date mention with a value. */
export type ResolvedDateMention = DateMention & { value: string };

export interface SentenceInfo {
  sentence: Sentence;
  cues: Cue[];
  has: CueSet<CueCategory>;
  money: MoneyMention[];
  capacity: CapacityMention[];
  /** The dates with a value (a relative date left unresolved tells a deal nothing). */
  dates: ResolvedDateMention[];
  orgs: OrganizationMention[];
  jobs: JobsHit[];
  regions: PlaceHit[];
  /** Start and end pairs of the background asides in the sentence (`aside` cues: see features.ts), or none. */
  asides: readonly number[];
  /**
   * Where a dateline in title case opening the sentence's paragraph ends ("Павлодар. Kursiv – …": dateline.ts
   * titleDatelines), else -1: its date is the filing's, its seat of government no project's place.
   */
  datelineEnd: number;
  sectors: SectorHit[];
  /** Number of projects or documents the sentence counts ("14 инвестициялық жоба", "четыре меморандума"). */
  count: number | null;
  /** Speaks of several projects or documents. */
  plural: boolean;
  /** Starts a new deal ("еще один", "По второму проекту"). */
  newDeal: boolean;
  /** Names an item of an enumeration by its ordinal ("The second, with X LLP", "The first, with …"). */
  item: boolean;
  /** A clause after a break of a sentence read as several deals' clauses (src/deals/clauses.ts): another object. */
  clause: boolean;
  /** Counts several facilities ("екі станция", "двух заводов", "the two plants"): its figures are theirs together. */
  objects: boolean;
  /**
   * Whether a facility noun stands in the plural (FACILITY_PLURAL_SUFFIXES: "станцияларын", "дата-орталықтар"): several
   * objects, maybe the deal's own parts ("цехтар"), a target's with a deadline and no company (statistics.ts).
   */
  pluralObject: boolean;
  /** The document's headline (a first line of its own with no final period; set by deal assembly). */
  headline: boolean;
  /** What sentence-parties.ts reads once of the sentence's cues, on first use. */
  partyIndex: SentenceIndex | null;
}
