/**
 * Which sentences stand within reach of a deal being assembled (assemble.ts): the next one, a few on in the same
 * paragraph (as deal assembly reads paragraphs: turns.ts), or a later paragraph's that speaks of the deal's own object
 * or has only neutral sentences before it; and the headline's deal told again in the body.
 */
import type { Frame } from "./frame.js";
import { isSingular, isTrigger, objectAnaphor } from "./frame.js";
import { namesOnlyOwn } from "./objects.js";
import { isMedia, isStateBody } from "./org-roles.js";
import type { SentenceInfo } from "./sentence-info.js";
import { restates } from "./sums.js";
import { topicParagraphs } from "./turns.js";

/** How far on a jobs sentence of the deal's own object still reaches it (Reach.lateJobs). */
const LATE_JOBS = 6;

export class Reach {
  /** The headline: a first line of its own that ends with no period (0), or -1 when there is none. */
  readonly title: number;
  private readonly para: Int32Array;

  constructor(private readonly infos: readonly SentenceInfo[], text: string) {
    this.para = topicParagraphs(infos, text); // (an interview's question and its answer go on with the topic: turns.ts)
    this.title = infos.length > 1 && !this.samePara(0, 1) &&
      !/[.!?…]\s*$/u.test(text.slice(infos[0]!.sentence.start, infos[0]!.sentence.end)) ? 0 : -1;
    if (this.title === 0) infos[0]!.headline = true;
  }

  samePara(a: number, b: number): boolean {
    return this.para[a] === this.para[b];
  }

  /**
   * A sentence with no deal content: no trigger or facility word, no figure, no jobs, and no
   * organization but a state body or a media outlet ("Об этом сообщает пресс-служба акимата",
   * "Бұл туралы … баспасөз қызметі хабарлады", "… the press service said").
   * (`of`: a frame whose own object the sentence may name, with nothing else: "Зауыт заманауи технологиямен жабдықталады")
   */
  neutral(k: number, of: Frame | null = null): boolean {
    const x = this.infos[k]!;
    // (what the object takes in and its source, with its figures dropped: "Электроэнергией предприятие обеспечит ТЭЦ …")
    if (x.has.has("feedstock") && !isTrigger(x) && x.money.length === 0 && x.capacity.length === 0 && x.jobs.length === 0) return true;
    return !isTrigger(x) && (!x.has.has("facility") || (of !== null && namesOnlyOwn(of, x))) && !x.has.has("statistic") && x.money.length === 0 &&
      x.capacity.length === 0 && x.jobs.length === 0 && x.orgs.every((o) => isMedia(o.name) || isStateBody(o.name));
  }

  /**
   * A sentence with no figure that names no organization, or only state bodies and media ("Церемония прошла при
   * участии представителей Министерства транспорта"), or only the source of what the object takes in (a neutral one).
   */
  quiet(k: number): boolean {
    const x = this.infos[k]!;
    return !x.has.has("statistic") && !x.money.length && !x.capacity.length && (!x.orgs.length || this.neutral(k));
  }

  /** Whether only neutral sentences stand between sentences `from` and `to`. */
  neutralBetween(from: number, to: number, of: Frame | null = null): boolean {
    for (let k = from + 1; k < to; k++) if (!this.neutral(k, of)) return false;
    return true;
  }

  /**
   * Whether sentence `i` is still within reach of `frame`: the next sentence, or at most three sentences
   * on in the same paragraph, or, when the deal has a party or a figure already, in a later paragraph
   * when it speaks of the deal's own object or project
   * ("The complex is due to be commissioned by 2026 and will create 300 jobs") or, not speaking of
   * several projects, has only neutral sentences before it.
   */
  reaches(frame: Frame, i: number): boolean {
    if (i <= frame.last + 1) return true;
    if (i - frame.last > 3) return this.lateJobs(frame, i);
    if (this.samePara(frame.last, i)) return true;
    if (frame.parties.length === 0 && frame.amount === null && frame.capacity.length === 0) return false;
    if (isSingular(this.infos[i]!)) return true;
    if (this.infos[i]!.plural) return false;
    return this.neutralBetween(frame.last, i, frame);
  }

  /**
   * Whether sentence `i`, more than three sentences after the deal's last one, tells its jobs of its own object or
   * project ("The project will create 140 permanent jobs", the last fact of a release after quotes and background), at
   * most LATE_JOBS sentences on with only quiet ones between (no figure, no organization but a state body or a medium).
   */
  private lateJobs(frame: Frame, i: number): boolean {
    const info = this.infos[i]!;
    if (i - frame.last > LATE_JOBS || info.jobs.length === 0 || !isSingular(info) || info.plural || info.orgs.length > 0) return false;
    if (info.money.length > 0 || info.capacity.length > 0 || (frame.parties.length === 0 && frame.amount === null)) return false;
    for (let k = frame.last + 1; k < i; k++) if (!this.quiet(k)) return false;
    return true;
  }

  /**
   * Whether the figures of sentence `i`, a sentence with no trigger, reach the deal: right after it; a sentence on in its
   * paragraph past a quiet one, or past a detail with no figure before jobs ("Оборудование будет закуплено через ТОО «X».
   * Будет создано 300 рабочих мест", the lessor's sentence); its object named after a quiet remark that opens its paragraph
   * ("… a rolling mill worth $480 million. ¶ Local residents welcomed the news. The mill will produce …"); after a quiet
   * sentence that opens the next paragraph, one of the two naming the deal's object ("… построит кабельный завод. ¶ Завод
   * будет выпускать силовые кабели. Мощность – …"; not a digest's next item, "¶ Тендер на лекарства. ТОО «X» объявило
   * тендер …") or neither naming an object or a company ("… построит трубный завод. ¶ Продукция будет поставляться на
   * экспорт. Будет создано 1200 рабочих мест"); or the deal's investment volume after neutral sentences only, in the next
   * paragraph too ("… Об этом сообщил аким области. ¶ По его словам, объем инвестиций составит около 35 млрд тенге").
   */
  figuresReach(frame: Frame, i: number): boolean {
    const infos = this.infos;
    const info = infos[i]!;
    const gap = i - frame.last;
    if (gap === 1) return true;
    if (info.has.has("volume") && this.goesOn(frame, i)) return true;
    if (gap !== 2) return false;
    const before = infos[i - 1]!;
    // (a detail between with no trigger and no figure, which may name a company)
    const detail = !isTrigger(before) && !before.has.has("statistic") && before.money.length === 0 && before.capacity.length === 0 &&
      !before.plural && !before.newDeal;
    if (this.samePara(frame.last, i) && (this.quiet(i - 1) ||
      (detail && info.jobs.length > 0 && (!info.has.has("facility") || namesOnlyOwn(frame, info))))) return true;
    if (this.samePara(i - 1, i) && this.quiet(i - 1) && frame.facility && objectAnaphor(info)) return true;
    const namesOwn = (x: SentenceInfo) => objectAnaphor(x) || (x.has.has("facility") && namesOnlyOwn(frame, x));
    const bare = (x: SentenceInfo) => x.orgs.length === 0 && !x.has.has("facility") && !x.plural && !x.newDeal && !x.has.has("also");
    return !this.samePara(frame.last, i - 1) && this.quiet(i - 1) && !info.has.has("statistic") &&
      (this.samePara(i - 1, i) || objectAnaphor(info)) && (namesOwn(before) || namesOwn(info) || (bare(before) && bare(info)));
  }

  /** Whether sentence `i` comes right after the deal's last one, or only neutral ones stand between, within reach. */
  goesOn(frame: Frame, i: number): boolean {
    return i - frame.last <= 3 && this.neutralBetween(frame.last, i);
  }

  /**
   * The headline's deal, with no party, told again in the body after neutral sentences only, with the same sum or
   * with none in the headline: "Делегация … подписала в Китае соглашения на 1,2 млрд долларов ¶ Аким … провел
   * переговоры … . По итогам встреч подписаны четыре соглашения на общую сумму 1,2 млрд долларов" (several
   * documents: `reaches` takes no plural sentence after a paragraph break).
   */
  headlineGoesOn(frame: Frame, i: number, info: SentenceInfo): boolean {
    return frame.opened === this.title && frame.parties.length === 0 && i - frame.last <= 3 && this.neutralBetween(frame.last, i) &&
      (frame.amount === null || info.money.some((m) => restates(frame.amount!, m)));
  }

  /** The last sentence before `i` that names an organization, with at most two before `i` that name none (else i - 1). */
  lastNaming(i: number): number {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (this.infos[k]!.orgs.length > 0) return k;
    return i - 1;
  }
}
