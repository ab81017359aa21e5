import { nothing } from "lit";
import type { MessageKey } from "../i18n/messages.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { DateQuery, DatePreset, PlainDate } from "./date-range.js";
import { dayIn, endsBeforeStart, presetSpan, spanQuery } from "./date-range.js";

type DateChoice = "" | DatePreset | "custom";

const choices: ReadonlyArray<[DateChoice, MessageKey]> = [
  ["", "datesAll"],
  ["today", "datesToday"],
  ["week", "datesWeek"],
  ["weekend", "datesWeekend"],
  ["next30", "datesNext30"],
  ["custom", "datesCustom"],
];

const noDates: DateQuery = {};

/**
 * A network catalogue's "When" filter: plain presets ("This week"), or two dates the reader
 * picks. Its `query` (the `from` and `to` the catalogue sends, every page alike) changes only
 * when the days do, so the list asks the server again only then; a range that ends before it
 * starts says so beside the fields and asks nothing.
 */
export class DateFilter {
  /** The network's time zone, where its days begin: set by the catalogue's first answer. */
  timeZone: string | undefined;
  query: DateQuery = noDates;
  private choice: DateChoice = "";
  private first: PlainDate = "";
  private last: PlainDate = "";

  constructor(
    private readonly localize: LocalizeController,
    /** Asks the element to draw again, and to read again if `query` changed. */
    private readonly changed: () => void,
  ) {}

  /** Whether the reader narrowed the dates (then an empty list "matches no event"). */
  get chosen() {
    return this.query !== noDates;
  }

  /** The days as one value for the list's arguments: undefined, like no catalogue yet, for none. */
  get key() {
    return this.chosen ? `${this.query.from ?? ""}/${this.query.to ?? ""}` : undefined;
  }

  private get invalid() {
    return this.choice === "custom" && endsBeforeStart(this.first, this.last);
  }

  private choose(choice: DateChoice) {
    this.choice = choice;
    if (choice === "") this.first = this.last = "";
    else if (choice !== "custom") {
      // Kept for "Choose dates", which then starts from the days the preset showed.
      ({ first: this.first, last: this.last } = presetSpan(
        choice,
        dayIn(Date.now(), this.timeZone!),
      ));
    }
    this.apply();
  }

  private apply() {
    if (this.choice === "") this.query = noDates;
    else if (!this.invalid) {
      const next = spanQuery(this.first, this.last, this.timeZone!);
      const same = next.from === this.query.from && next.to === this.query.to;
      if (!same) this.query = next.from || next.to ? next : noDates;
    }
    this.changed();
  }

  /** Nothing until the network's time zone is known: a day means nothing without it. */
  render() {
    if (!this.timeZone) return nothing;
    const t = (key: MessageKey) => this.localize.t(key);
    const invalid = this.invalid;
    const onDate = (field: "first" | "last") => (event: Event) => {
      this[field] = (event.target as HTMLInputElement).value;
      this.apply();
    };
    return html`<div class="filter">
        <label part="label" for="dates">${t("filterDates")}</label>
        <select
          part="input"
          id="dates"
          @change=${(event: Event) =>
            this.choose((event.target as HTMLSelectElement).value as DateChoice)}
        >
          ${choices.map(
            ([choice, label]) =>
              html`<option value=${choice} ?selected=${choice === this.choice}>
                ${t(label)}
              </option>`,
          )}
        </select>
      </div>
      ${
        this.choice === "custom"
          ? html`<div class="filter">
                <label part="label" for="dates-first">${t("datesFirst")}</label>
                <input
                  part="input"
                  id="dates-first"
                  type="date"
                  .value=${this.first}
                  @change=${onDate("first")}
                />
              </div>
              <div class="filter">
                <label part="label" for="dates-last">${t("datesLast")}</label>
                <input
                  part="input"
                  id="dates-last"
                  type="date"
                  min=${this.first || nothing}
                  .value=${this.last}
                  aria-invalid=${invalid ? "true" : "false"}
                  aria-describedby=${invalid ? "dates-error" : nothing}
                  @change=${onDate("last")}
                />
              </div>
              ${
                invalid
                  ? html`<p id="dates-error" class="error dates-error" role="alert">
                      ${t("datesEndBeforeStart")}
                    </p>`
                  : nothing
              }`
          : nothing
      }`;
  }
}
