/**
 * The V8 options the command line sets for a batch with an extracting thread on every core (src/cli/v8-tuning.ts):
 * V8's interrupt budget eight times its default, on V8 11 only, and never over a budget the user gave node.
 */
import { busyCoreFlags } from "../src/cli/v8-tuning.js";

const onV8_11 = process.versions.v8.startsWith("11.");

describe("busyCoreFlags", () => {
  it("raises the interrupt budget eight times on V8 11, and sets nothing on other versions", () => {
    expect(busyCoreFlags([])).toEqual(onV8_11 ? ["--interrupt-budget=540672"] : []);
  });

  it("keeps node's other options out of the decision", () => {
    expect(busyCoreFlags(["--max-old-space-size=4096", "--stack-size=2000", ""])).toEqual(busyCoreFlags([]));
  });

  it.each([["--interrupt-budget=100000"], ["--interrupt_budget=100000"], ["--interrupt-budget"]])(
    "sets nothing when the user gave a budget of their own (%s)",
    (flag) => {
      expect(busyCoreFlags(["--max-old-space-size=4096", flag])).toEqual([]);
    },
  );

  it("does not take a longer option for the budget", () => {
    expect(busyCoreFlags(["--interrupt-budget-for-feedback-allocation=940"])).toEqual(busyCoreFlags([]));
  });
});
