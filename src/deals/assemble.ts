/** Deal assembly: from mentions to deals. */
import type { RecognizerContext } from "../recognizers/types.js";
import type { Deal, Mention } from "../types.js";

export function assembleDeals(_context: RecognizerContext, _mentions: readonly Mention[]): Deal[] {
  return [];
}
