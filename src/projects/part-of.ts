/**
 * A package and the projects it includes stay separate records; `partOf` links an item to its
 * package when that can be told:
 * - the package: a record with no sector (its projects span several), a US dollar amount and a
 *   region;
 * - the item: a record with a sector, in the same region, with a US dollar amount below the
 *   package's by more than the amount tolerance, sharing a party key with the package (the akimat
 *   or company that signed both), and no signing date that contradicts the package's (both known
 *   and more than a month apart).
 * When several packages fit, the smallest one that holds the item. Packages are few: each record
 * is compared with the packages of its region only.
 */
import type { ProjectRecord } from "./records.js";
import { AMOUNT_TOLERANCE, sameKey } from "./similarity.js";
import { dateInterval } from "./view.js";

function isPackage(r: ProjectRecord): boolean {
  return r.sector === null && r.region !== null && r.amountUsd !== null && r.parties.length > 0;
}

function signedApart(a: ProjectRecord, b: ProjectRecord): boolean {
  const x = dateInterval(a.dates.signed);
  const y = dateInterval(b.dates.signed);
  return !!x && !!y && (x[0] > y[1] + 1 || y[0] > x[1] + 1);
}

function holds(pkg: ProjectRecord, item: ProjectRecord): boolean {
  return (
    item.sector !== null &&
    item.region === pkg.region &&
    item.amountUsd !== null &&
    item.amountUsd * (1 + AMOUNT_TOLERANCE) < pkg.amountUsd! &&
    item.parties.some((p) => pkg.parties.some((q) => sameKey(p.key ?? "", q.key ?? ""))) &&
    !signedApart(pkg, item)
  );
}

export class Packages {
  private readonly byRegion = new Map<string, ProjectRecord[]>();

  /** Keeps `record` when it is a package. */
  offer(record: ProjectRecord): void {
    if (!isPackage(record)) return;
    const list = this.byRegion.get(record.region!);
    if (list) list.push(record);
    else this.byRegion.set(record.region!, [record]);
  }

  /** The id of the package that holds `record`, if any. */
  packageOf(record: ProjectRecord): string | undefined {
    if (record.region === null) return undefined;
    const fits = (this.byRegion.get(record.region) ?? []).filter((p) => p.id !== record.id && holds(p, record));
    fits.sort((a, b) => a.amountUsd! - b.amountUsd! || (a.id < b.id ? -1 : 1));
    return fits[0]?.id;
  }
}

/** Whether a project may be a package, from its deals alone (none has a sector): saves building every record twice. */
export function mayBePackage(sectors: readonly (string | null)[]): boolean {
  return sectors.every((s) => s === null);
}
