import type { FirstScreenOutcome } from "../../../schema/contracts/first-screen-outcome.js";

/** The outcome a first screen's answer carries for the widget to take over (`data-outcome`). */
export function outcomeOf(markup: string): FirstScreenOutcome {
  const json = /^<div data-outcome="([^"]*)"/.exec(markup)?.[1] ?? "";
  return JSON.parse(
    json
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  ) as FirstScreenOutcome;
}
