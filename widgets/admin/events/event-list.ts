import { Task } from "../../shared/task.js";
import { css, nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import { duplicateEvent, listAdminEvents } from "./events-api.js";
import { hrefFor, navigate } from "../app/routes.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { adminStyles } from "../shared/admin.styles.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";
import { pickLocale, pickText } from "../shared/locale-text.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { renderFestivalLinks } from "../festival/festival-links.js";
import { renderVisitLinks } from "../visits/visit-links.js";
import { renderVolunteerLinks } from "../volunteers/volunteer-links.js";

/** A list read a page at a time: what is shown so far and where the next page starts. */
interface PagedEvents {
  events: AdminEvent[];
  nextCursor: string | null;
}

/**
 * The organisation's events with their status, places and place in a series ("Repeats: 3 of
 * 12"), and the two common jobs up front: "New event" and "Roster / check-in". Coming events
 * first, 50 at a time ("Show more events"); past events only when asked for. Below them, every
 * role's opt-in to the daily digest.
 *
 * @tag hearth-admin-event-list
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminEventList extends OrganisationPageElement {
  static override styles = [
    adminStyles,
    css`
      .list {
        display: grid;
        gap: var(--hearth-space, 1rem);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .card {
        display: grid;
        gap: 0.5rem;
      }
      .card h2 a {
        overflow-wrap: anywhere;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        align-items: center;
      }
    `,
  ];

  @state() private status = "";
  @state() private upcoming: PagedEvents = { events: [], nextCursor: null };
  @state() private past: PagedEvents | undefined;
  @state() private loadingMore: "upcoming" | "past" | undefined;

  private readonly listTask = new Task(this, {
    task: async ([org], { signal }) => {
      this.past = undefined;
      this.upcoming = await listAdminEvents(org, { when: "upcoming" }, signal);
    },
    args: () => [this.org] as const,
  });

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<div class="toolbar">
          <h1 class="grow" id="events-title" tabindex="-1">${t("eventsTitle")}</h1>
          ${
            may(this.memberRole, "events.write")
              ? html`<a class="button" href=${hrefFor({ name: "event-new" }, this.org)}
                  >${t("newEvent")}</a
                >`
              : nothing
          }
        </div>
        <p class="live" role="status">${this.status}</p>
        ${this.listTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => renderLoading(this.localize),
          complete: () => this.renderLists(),
          error: (error) => renderLoadError(error, this.localize, () => void this.listTask.run()),
        })}
        <hearth-admin-digest-preference
          class="panel"
          lang=${this.localize.locale}
          org=${this.org}
        ></hearth-admin-digest-preference>`,
    );
  }

  private renderLists() {
    const t = this.localize.t.bind(this.localize);
    const { upcoming, past } = this;
    return html`${
      upcoming.events.length === 0
        ? html`<p class="empty">${t(past?.events.length ? "noComingEvents" : "eventsEmpty")}</p>`
        : html`<ul class="list" aria-labelledby="events-title">
            ${upcoming.events.map((event) => this.renderEvent(event))}
          </ul>`
    }
    ${this.renderMore("upcoming", upcoming, "showMoreEvents")}
    ${
      past === undefined
        ? html`<p>
            <button
              type="button"
              class="button secondary"
              ?disabled=${this.loadingMore === "past"}
              @click=${() => void this.loadMore("past")}
            >
              ${t("showPastEvents")}
            </button>
          </p>`
        : html`<h2 id="past-title" tabindex="-1">${t("pastEventsTitle")}</h2>
            ${
              past.events.length === 0
                ? html`<p class="empty">${t("noPastEvents")}</p>`
                : html`<ul class="list" aria-labelledby="past-title">
                    ${past.events.map((event) => this.renderEvent(event))}
                  </ul>`
            }
            ${this.renderMore("past", past, "showMoreEvents")}`
    }`;
  }

  private renderMore(when: "upcoming" | "past", list: PagedEvents, label: "showMoreEvents") {
    if (!list.nextCursor) return nothing;
    return html`<p>
      <button
        type="button"
        class="button secondary"
        ?disabled=${this.loadingMore === when}
        @click=${() => void this.loadMore(when)}
      >
        ${this.localize.t(label)}
      </button>
    </p>`;
  }

  /**
   * The next page of coming or past events, added below what is shown; focus moves to the first
   * of them (the button that loaded them goes with the last page).
   */
  private async loadMore(when: "upcoming" | "past"): Promise<void> {
    const shown = when === "upcoming" ? this.upcoming : this.past;
    this.loadingMore = when;
    this.status = this.localize.t("loading");
    try {
      const page = await listAdminEvents(this.org, { when, cursor: shown?.nextCursor });
      const events = [...(shown?.events ?? []), ...page.events];
      if (when === "upcoming") this.upcoming = { events, nextCursor: page.nextCursor };
      else this.past = { events, nextCursor: page.nextCursor };
      if (when === "past" && !shown) {
        // The section's heading takes focus and is read out; its list or "no past events" follows.
        this.status = "";
        await this.focusOn("#past-title");
      } else {
        this.status = this.localize.plural("eventsShown", events.length);
        const first = page.events[0];
        if (first) await this.focusOn(`[data-event="${CSS.escape(first.id)}"] h2 a`);
      }
    } catch (error) {
      this.status = errorText(error, this.localize);
    } finally {
      this.loadingMore = undefined;
    }
  }

  private renderEvent(event: AdminEvent) {
    const t = this.localize.t.bind(this.localize);
    const locales = this.contentLocales;
    const title = pickText(event.title, locales) || t("untitled");
    const titleLang = pickLocale(event.title, locales);
    const capacity = event.slots.reduce((sum, slot) => sum + slot.capacity, 0);
    const taken = event.slots.reduce((sum, slot) => sum + slot.taken, 0);
    const waiting = event.slots.reduce((sum, slot) => sum + slot.waitlistTaken, 0);
    return html`<li class="card panel" data-event=${event.id}>
      <h2>
        <a href=${hrefFor({ name: "event", id: event.id }, this.org)} lang=${titleLang ?? nothing}
          >${title}</a
        >
      </h2>
      <p class="meta">
        <span class="badge ${event.status}">${t(`status_${event.status}`)}</span>
        ${
          event.series
            ? html`<span class="badge series"
                >${t("seriesBadge", {
                  position: this.localize.number(event.series.position),
                  total: this.localize.number(event.series.total),
                })}</span
              >`
            : nothing
        }
        <span>${this.localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}</span>
      </p>
      <p class="meta">
        <span
          >${t("placesTaken", { taken: this.localize.number(taken), capacity: this.localize.number(capacity) })}</span
        >
        ${waiting > 0 ? html`<span>${this.localize.plural("onWaitlist", waiting)}</span>` : nothing}
        ${
          event.missingTranslations.length > 0
            ? html`<span class="badge missing"
                >${t("missingTranslations", {
                  list: event.missingTranslations
                    .map((code) => this.localize.languageName(code))
                    .join(", "),
                })}</span
              >`
            : nothing
        }
      </p>
      <div class="actions">
        <a class="button" href=${hrefFor({ name: "roster", id: event.id }, this.org)}
          >${t("rosterCheckIn")}<span class="visually-hidden">: ${title}</span></a
        >
        ${renderVisitLinks(event, { localize: this.localize, org: this.org, role: this.memberRole, title })}
        ${renderFestivalLinks(event, { localize: this.localize, org: this.org, role: this.memberRole, title })}
        ${renderVolunteerLinks(event, { localize: this.localize, org: this.org, role: this.memberRole, title })}
        <a class="button secondary" href=${hrefFor({ name: "event", id: event.id }, this.org)}
          >${t(may(this.memberRole, "events.write") ? "edit" : "view")}<span class="visually-hidden"
            >: ${title}</span
          ></a
        >
        ${
          may(this.memberRole, "events.write")
            ? html`<button
                type="button"
                class="button secondary"
                @click=${() => this.duplicate(event, title)}
              >
                ${t("duplicate")}<span class="visually-hidden">: ${title}</span>
              </button>`
            : nothing
        }
      </div>
    </li>`;
  }

  private get contentLocales(): string[] {
    const organisation = this.organisation;
    return [this.localize.locale, ...(organisation ? [organisation.defaultLocale] : [])];
  }

  private async duplicate(event: AdminEvent, title: string): Promise<void> {
    this.status = this.localize.t("duplicating", { title });
    try {
      const { event: copy } = await duplicateEvent(this.org, event.id);
      navigate({ name: "event", id: copy.id }, this.org);
    } catch (error) {
      this.status = errorText(error, this.localize);
    }
  }
}
