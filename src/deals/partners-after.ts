/**
 * A partner named right after a deal, in the sentence next to it with no trigger of its own (assemble.ts): which of its
 * organizations join the deal as parties, rule by rule. Each rule reads the sentence against the deal (concrete: a
 * facility or a figure already) and names the parties it takes; some also add the sentence's figures, so that the next
 * sentence is still next to the deal. The investor named so (INVESTOR_ROLE) is read in assemble.ts, which also marks the
 * deal as the investor's.
 */
import type { RecognizerContext } from "../recognizers/types.js";
import { lendersOnly } from "./counterparts.js";
import type { Frame, Party } from "./frame.js";
import { namesPartyGenerically } from "./party-references.js";
import type { SentenceInfo } from "./sentence-info.js";

/** What a rule reads besides the deal and the sentence. */
export interface PartnerEnv {
  readonly context: RecognizerContext;
  /** Whether the sentence is a counterpart of the deal (counterparts.ts), within its reach. */
  readonly counterpart: () => boolean;
}

interface PartnerRule {
  readonly name: string;
  /** Only after a concrete deal: one with a facility or a figure. */
  readonly concrete: boolean;
  /** The parties the rule takes, or null when it does not apply. */
  readonly take: (frame: Frame, info: SentenceInfo, env: PartnerEnv) => ((p: Party) => boolean) | null;
  /** Whether the sentence's figures join the deal too (the next sentence then stands next to it). */
  readonly attach: boolean;
}

const anyParty = (): boolean => true;
const company = (p: Party): boolean => !p.state;
const figureless = (info: SentenceInfo): boolean => info.money.length === 0 && info.capacity.length === 0;

/** In the order they are read (a party one rule takes is known to the next). */
export const PARTNER_RULES: readonly PartnerRule[] = [
  {
    // "Оборудование поставила китайская компания X": the supplier of the equipment (a company, not a state body)
    name: "supplier", concrete: true, attach: false,
    take: (_f, info) => (info.has.has("supply") && figureless(info) ? company : null),
  },
  {
    // "KEGOC will buy the electricity under a 15-year offtake agreement": the buyer of the output, no deal of its own
    name: "offtaker", concrete: true, attach: false,
    take: (_f, info) => (info.has.has("offtake") && figureless(info) ? anyParty : null),
  },
  {
    // "The fund would take a 49 percent stake in Altai Lithium LLP", the deal's party named generically: the project company
    name: "project company", concrete: true, attach: false,
    take: (_f, info, env) => (info.has.has("stake") && namesPartyGenerically(env.context, info.sentence) ? company : null),
  },
  {
    // "Софинансирование в размере 40 млн евро обеспечит Зеленый климатический фонд": a co-financier with a share of its own
    // (not a state body "in cooperation with" which it was done, nor one named with no sum)
    name: "co-financier", concrete: false, attach: false,
    take: (_f, info) => (info.has.has("jointly") && info.money.length > 0 ? anyParty : null),
  },
  {
    // "Китайская X получила 70% долей в ТОО", "В состав акционеров вошла X с долей 60%": a new owner of a stake in the deal's
    // company, no sum or object of its own
    name: "new owner", concrete: true, attach: true,
    take: (_f, info) => (info.has.has("stake") && figureless(info) && !info.has.has("facility") && !info.has.has("transfer") && !info.newDeal
      ? company : null),
  },
  {
    // "Акциялардың сатушысы – «Ертіс Капитал Холдинг» ЖШС", "Продавцом выступает X": the seller of a purchase, or the owner
    // who keeps a stake, no sum (counterparts.ts `sells`)
    name: "seller", concrete: true, attach: true,
    take: (_f, info, env) => (info.has.has("seller") && env.counterpart() ? anyParty : null),
  },
  {
    // "Еще 30 млн долларов предоставит Исламский банк развития", "Оның ішінде Қытай Даму Банкі 900 млн АҚШ долларын, ал «Halyk
    // Bank» АҚ 500 млн АҚШ долларын қаржыландырады": a lender with its share, none of the deal's figures (no more than the
    // deal's sum, as counterparts.ts `lends` reads it)
    name: "lender", concrete: true, attach: false,
    take: (_f, info, env) => ((info.has.has("finance") || info.has.has("loan") || lendersOnly(info, env.context.text)) && info.money.length > 0 &&
      info.capacity.length === 0 && !info.newDeal && env.counterpart() ? anyParty : null),
  },
];
