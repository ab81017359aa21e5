import type { PropertyDeclarations } from "lit";
import { renderAbout } from "../shared/content-text.js";
import { Task, TaskStatus } from "../shared/task.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { Allergen, DietLabel, MenuStall } from "../../schema/contracts/festivals.js";
import { languagesOf, placeOf } from "../events/event-card.js";
import { getEvent } from "../shared/events-api.js";
import { getFestivalMenu } from "../shared/festivals-api.js";
import { directionOf } from "../../i18n/languages.js";
import { errorMessageKey } from "../shared/error-message.js";
import { HearthElement } from "../shared/hearth-element.js";
import { renderMenu, renderMenuFilters } from "./festival-menu.js";
import { renderStalls } from "./festival-stalls.js";
import { festivalStyles } from "./festival.styles.js";
import { allergenList, dietLabelList } from "../../schema/rules/food-labels.js";
import { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import { NestedFirstScreen } from "../shared/nested-first-screen.js";
import type { HearthSignup } from "../signup/signup.js";
import strings from "virtual:hearth-strings/common+festival+food";

/**
 * A food festival's public page: when and where, the stalls, the menu in the reader's language
 * with allergens always in pictures and words, and free tickets when the festival has them.
 *
 * @tag hearth-festival
 *
 * @fires hearth-registered - Bubbled up from the ticket form. `detail.registration`.
 * @fires hearth-error - Loading failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart details - The festival's time, place and description.
 * @csspart tickets - The "Get a free ticket" section.
 * @csspart stalls - The stall list (and plan).
 * @csspart plan - The drawn plan of the stalls, when they were placed on a grid.
 * @csspart filters - The menu filters.
 * @csspart label - Every legend.
 * @csspart input - Every filter checkbox.
 * @csspart menu - The list of dishes.
 * @csspart dish - One dish.
 * @csspart allergens - A dish's allergens.
 * @csspart cook - The cook's name and story (only with their consent).
 * @csspart status - Loading and "N dishes" (live region).
 * @csspart empty - No dishes (yet, or for these filters).
 * @csspart button - Every button.
 * @csspart error - Error messages.
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-muted - Secondary text. Default #4a4f55.
 * @cssproperty --hearth-color-surface - Card background. Default #ffffff.
 * @cssproperty --hearth-color-border - Card borders. Default #8a8f96.
 * @cssproperty --hearth-color-danger - Errors. Default #b3261e.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 * @cssproperty --hearth-font-family - Font. Default system-ui.
 */
export class HearthFestival extends HearthElement {
  static override strings = strings;

  static override styles = festivalStyles;

  static override properties: PropertyDeclarations = {
    org: {},
    festival: {},
    diet: { state: true },
    without: { state: true },
    stalls: { state: true },
  };

  /** Slug of the organisation running the festival. */
  org = "";

  /** Id of the festival (an event of kind "festival"). */
  festival = "";

  private diet: DietLabel[] = [];
  private without: Allergen[] = [];
  /** Kept across filter changes, which only narrow the dishes. */
  private stalls: MenuStall[] = [];

  private readonly eventTask = new Task(this, {
    task: async ([org, festival, lang, api], { signal }) => {
      const { event, defaultLocale } = await getEvent(org, festival, lang, { api, signal }).catch(
        this.reportError,
      );
      this.localize.organisationLocale = defaultLocale;
      if (event.slots.some((slot) => slot.audience === "attendee")) {
        void import("../signup/define.js").then((module) => module.register());
      }
      return event;
    },
    args: () => [this.org, this.festival, this.localize.requested, this.apiOverride] as const,
  });

  private readonly menuTask = new Task(this, {
    task: async ([org, festival, lang, diet, without, api], { signal }) => {
      const menu = await getFestivalMenu(
        org,
        festival,
        { lang, diet, without },
        { api, signal },
      ).catch(this.reportError);
      this.stalls = menu.stalls;
      return menu;
    },
    args: () =>
      [
        this.org,
        this.festival,
        this.localize.requested,
        this.diet,
        this.without,
        this.apiOverride,
      ] as const,
  });

  /**
   * The worker's drawing of the festival's details, which embed.js may have shown while this code
   * loaded: it stands until the widget has the festival, then goes in the same frame.
   */
  private readonly firstScreen = new FirstScreenHandover(
    this,
    () =>
      this.eventTask.status === TaskStatus.COMPLETE || this.eventTask.status === TaskStatus.ERROR,
    () => undefined,
  );

  /** The tickets' form the first screen showed inside itself, with its own first screen. */
  private readonly firstScreenTickets = new NestedFirstScreen<HearthSignup>(this, "hearth-signup");

  override render() {
    if (this.firstScreen.waiting) return nothing;
    return this.renderBase(
      this.eventTask.render({
        pending: () => html`<p part="status" role="status">${this.localize.t("loading")}</p>`,
        complete: (event) => this.renderFestival(event),
        error: (error) => this.renderError(error, () => void this.eventTask.run()),
      }),
    );
  }

  private renderFestival(event: PublicEvent) {
    const t = this.localize.t.bind(this.localize);
    const address = [placeOf(event, this.localize), event.venueAddress].filter(Boolean).join(", ");
    const attendeeSlots = event.slots.filter((slot) => slot.audience === "attendee");
    return html`<header part="details" class="details">
        <h2 lang=${event.langs.title} dir=${directionOf(event.langs.title)}>${event.title}</h2>
        <dl class="facts">
          <dt>${t("when")}</dt>
          <dd>${this.localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}</dd>
          ${
            address
              ? html`<dt>${t("where")}</dt>
                  <dd><bdi>${address}</bdi></dd>`
              : nothing
          }
        </dl>
        ${event.languages.length > 0 ? html`<p>${languagesOf(event, this.localize)}</p>` : nothing}
        ${renderAbout(event)}
        ${
          event.accessibilityNotes
            ? html`<p>
                <strong>${t("accessibility")}:</strong>
                <span
                  lang=${event.langs.accessibilityNotes}
                  dir=${directionOf(event.langs.accessibilityNotes)}
                  >${event.accessibilityNotes}</span
                >
              </p>`
            : nothing
        }
      </header>
      ${
        attendeeSlots.length > 0
          ? html`<section part="tickets" class="tickets" aria-labelledby="tickets-title">
              <h3 id="tickets-title">${t("festivalTickets")}</h3>
              ${this.ticketsForm({ ...event, slots: attendeeSlots })}
            </section>`
          : nothing
      }
      ${renderStalls(this.stalls, this.localize)}
      <section class="menu-section" aria-labelledby="menu-title">
        <h3 id="menu-title">${t("festivalMenu")}</h3>
        ${renderMenuFilters(
          {
            diet: this.diet,
            without: this.without,
            toggleDiet: (label, on) =>
              (this.diet = dietLabelList.filter((l) => (l === label ? on : this.diet.includes(l)))),
            toggleWithout: (allergen, on) =>
              (this.without = allergenList.filter((a) =>
                a === allergen ? on : this.without.includes(a),
              )),
          },
          this.localize,
        )}
        <p part="status" class=${this.noDishes ? "count visually-hidden" : "count"} role="status">
          ${this.menuStatus()}
        </p>
        ${this.menuTask.render({
          complete: (menu) => renderMenu(menu.dishes, this.filtered, this.localize),
          error: (error) => this.renderError(error, () => void this.menuTask.run()),
        })}
      </section>`;
  }

  /** The tickets: the first screen's form if it drew one (what was typed or booked there stays). */
  private ticketsForm(tickets: PublicEvent) {
    const kept = this.firstScreenTickets.adopt(tickets.id);
    if (kept) kept.eventData = tickets;
    return (
      kept ??
      html`<hearth-signup
        org=${this.org}
        event=${tickets.id}
        lang=${this.localize.requested}
        api=${this.api || nothing}
        .eventData=${tickets}
        exportparts="form, label, input, button, status, error"
      ></hearth-signup>`
    );
  }

  private get filtered(): boolean {
    return this.diet.length + this.without.length > 0;
  }

  /** The menu answered with no dishes: the list says why, and the status says it to screen readers. */
  private get noDishes(): boolean {
    return this.menuTask.status === TaskStatus.COMPLETE && this.menuTask.value?.dishes.length === 0;
  }

  private menuStatus(): string {
    if (this.menuTask.status === TaskStatus.COMPLETE && this.menuTask.value) {
      const count = this.menuTask.value.dishes.length;
      if (count > 0) return this.localize.plural("festivalDishes", count);
      return this.localize.t(this.filtered ? "festivalMenuNoMatch" : "festivalMenuEmpty");
    }
    return this.menuTask.status === TaskStatus.ERROR ? "" : this.localize.t("loading");
  }

  private renderError(error: unknown, retry: () => void) {
    return html`<div part="error" class="error-box" role="alert">
      <p>${this.localize.t(errorMessageKey(error))}</p>
      <button type="button" part="button" class="button" @click=${retry}>
        ${this.localize.t("retry")}
      </button>
    </div>`;
  }
}
