/**
 * Reading a folder of gold files (the contract's gold format). Each file is checked against the
 * shape the scorer reads before anything is scored, and a fault is named by file and field path
 * ("gold/x.json: mentions[3].amount must be a number, got "12""), instead of a score that is
 * silently wrong or a crash deep in the scorer.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { GoldDocument } from "./score.js";

/** A kind of JSON value; `each` checks what is inside one that `is` accepted. */
interface Shape {
  what: string;
  is(value: unknown): boolean;
  each?(value: never, path: string): void;
}

function show(value: unknown): string {
  if (value === undefined) return "undefined";
  const s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

function check(shape: Shape, value: unknown, path: string): void {
  if (!shape.is(value)) throw new Error(`${path} must be ${shape.what}, got ${show(value)}`);
  shape.each?.(value as never, path);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const NUMBER: Shape = { what: "a number", is: (v) => typeof v === "number" && Number.isFinite(v) };
const STRING: Shape = { what: "a string", is: (v) => typeof v === "string" };
const BOOLEAN: Shape = { what: "a boolean", is: (v) => typeof v === "boolean" };

/** `s`, or the value left out (undefined) / null; what is inside is checked only when present. */
function orAlso(s: Shape, absent: undefined | null, what: string): Shape {
  const each = s.each;
  return {
    what,
    is: (v) => v === absent || s.is(v),
    ...(each && { each: (v: never, path: string) => { if (v !== absent) each(v, path); } }),
  };
}
const optional = (s: Shape): Shape => orAlso(s, undefined, s.what);
const nullable = (s: Shape): Shape => orAlso(s, null, `${s.what} or null`);

function arrayOf(item: Shape): Shape {
  return {
    what: "an array",
    is: Array.isArray,
    each: (v: unknown[], path) => v.forEach((x, i) => check(item, x, `${path}[${i}]`)),
  };
}

function fieldsOf(fields: Record<string, Shape>): (v: Record<string, unknown>, path: string) => void {
  return (v, path) => {
    for (const [key, shape] of Object.entries(fields)) check(shape, v[key], path === "" ? key : `${path}.${key}`);
  };
}

function object(fields: Record<string, Shape>): Shape {
  return { what: "an object", is: isObject, each: fieldsOf(fields) };
}

const QUANTITY = { qualifier: optional(STRING) };

/** What each mention type adds to the common fields; other types (announced, not yet specified) are left as they are. */
const MENTION_FIELDS: Record<string, ReturnType<typeof fieldsOf>> = {
  money: fieldsOf({ amount: NUMBER, amountMax: optional(NUMBER), currency: STRING, ...QUANTITY }),
  capacity: fieldsOf({ value: NUMBER, unit: STRING, commodity: optional(STRING), ...QUANTITY }),
  date: fieldsOf({ value: nullable(STRING), modifier: optional(STRING), relative: optional(BOOLEAN) }),
  organization: fieldsOf({ name: STRING, legalForm: optional(STRING), country: optional(STRING) }),
};

const COMMON_FIELDS = fieldsOf({ type: STRING, start: NUMBER, end: NUMBER, text: STRING });

const MENTION: Shape = {
  what: "an object",
  is: isObject,
  each: (v: Record<string, unknown>, path) => {
    COMMON_FIELDS(v, path);
    MENTION_FIELDS[v.type as string]?.(v, path);
  },
};

const OPTIONAL_DATE = optional(nullable(STRING));

const DEAL = object({
  kind: STRING,
  parties: arrayOf(object({ name: STRING, country: optional(STRING) })),
  amount: nullable(object({ amount: NUMBER, amountMax: optional(NUMBER), currency: STRING, ...QUANTITY })),
  capacity: arrayOf(object({ value: NUMBER, unit: STRING })),
  region: nullable(STRING),
  sector: nullable(STRING),
  dates: object({ signed: OPTIONAL_DATE, start: OPTIONAL_DATE, completion: OPTIONAL_DATE }),
  jobs: nullable(NUMBER),
});

const GOLD = object({
  file: STRING,
  language: optional(STRING),
  referenceDate: optional(nullable(STRING)),
  mentions: arrayOf(MENTION),
  unresolved: optional(arrayOf(STRING)),
  deals: optional(arrayOf(DEAL)),
});

/**
 * The gold documents of a folder, in file name order. A JSON file with neither "file" nor
 * "mentions" is not a gold file and is passed over; any other fault stops the run, naming it.
 */
export function loadGold(goldDir: string): GoldDocument[] {
  if (!existsSync(goldDir) || !statSync(goldDir).isDirectory()) throw new Error(`eval: ${goldDir} is not a directory`);
  const docs: GoldDocument[] = [];
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith(".json")).sort()) {
    const path = join(goldDir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      throw new Error(`eval: ${path}: not valid JSON (${(e as Error).message})`);
    }
    if (!isObject(parsed) || (parsed.file === undefined && parsed.mentions === undefined)) continue; // not a gold file
    try {
      check(GOLD, parsed, "");
    } catch (e) {
      throw new Error(`eval: ${path}: ${(e as Error).message}`);
    }
    const gold = parsed as unknown as GoldDocument;
    docs.push({ ...gold, deals: gold.deals ?? [] });
  }
  if (docs.length === 0) throw new Error(`eval: no gold files (JSON with "file" and "mentions") in ${goldDir}`);
  return docs;
}
