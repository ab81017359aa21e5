import { Task, TaskStatus } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { NeedsBoard } from "../../../schema/contracts/admin/visits.js";
import { getNeeds } from "./visits-api.js";
import { EventPageElement } from "../shared/organisation-page.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { renderVisitLinks } from "./visit-links.js";
import { visitsStyles } from "./visits.styles.js";

/**
 * What a visit needs against what is covered: interpreter languages (gaps marked in words, not
 * only colour), seats, wheelchair places, food needs and host places per stop. Refreshed on demand.
 *
 * @tag hearth-admin-needs-board
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminNeedsBoard extends EventPageElement {
  static override styles = visitsStyles;

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }) => {
      const [event, { needs }] = await Promise.all([
        this.loadEvent(org, id, signal),
        getNeeds(org, id, signal),
      ]);
      return { event, needs };
    },
    args: () => [this.org, this.eventId] as const,
  });

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () =>
          this.task.value ? this.renderBoard(this.task.value) : renderLoading(this.localize),
        complete: (value) => this.renderBoard(value),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private get locales(): string[] {
    return [this.localize.locale, this.organisation?.defaultLocale ?? "en"];
  }

  private renderBoard({ event, needs }: { event: AdminEvent; needs: NeedsBoard }) {
    const t = this.localize.t.bind(this.localize);
    const title = pickText(event.title, this.locales);
    const refreshing = this.task.status === TaskStatus.PENDING;
    return html`<div class="toolbar">
        <h1 class="grow" id="needs-title" tabindex="-1">${t("needsTitle", { title })}</h1>
        <button
          type="button"
          class="button secondary refresh"
          ?disabled=${refreshing}
          @click=${() => void this.task.run()}
        >
          ${t("refresh")}
        </button>
        ${renderVisitLinks(event, { localize: this.localize, org: this.org, role: this.memberRole }, "needs")}
      </div>
      <p class="muted">${this.localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}</p>
      <p class="live" role="status">${refreshing ? t("loading") : ""}</p>
      ${this.renderLanguages(needs)} ${this.renderPeople(needs)} ${this.renderHosts(needs)}`;
  }

  private renderLanguages(needs: NeedsBoard) {
    const t = this.localize.t.bind(this.localize);
    const n = (value: number) => this.localize.number(value);
    const codes = [
      ...new Set([...Object.keys(needs.languagesNeeded), ...Object.keys(needs.languagesCovered)]),
    ];
    const gaps = new Set(needs.gaps);
    return html`<section>
      <h2 id="languages-title">${t("languagesTitle")}</h2>
      ${
        needs.gaps.length > 0
          ? html`<p class="alert gaps">
              ${t("gapsSummary", {
                list: needs.gaps.map((code) => this.localize.languageName(code)).join(", "),
              })}
            </p>`
          : html`<p class="notice">${t("noGaps")}</p>`
      }
      ${
        codes.length === 0
          ? nothing
          : html`<div
              class="table-wrap"
              role="region"
              aria-labelledby="languages-caption"
              tabindex="0"
            >
              <table class="languages">
                <caption id="languages-caption" class="visually-hidden">
                  ${t("languagesTitle")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("colLanguage")}</th>
                    <th scope="col">${t("colPeopleNeeding")}</th>
                    <th scope="col">${t("colInterpreters")}</th>
                    <th scope="col">${t("colCovered")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${codes.map(
                    (code) =>
                      html`<tr class=${gaps.has(code) ? "gap" : ""} data-language=${code}>
                        <th scope="row">${this.localize.languageName(code)} (${code})</th>
                        <td>${n(needs.languagesNeeded[code] ?? 0)}</td>
                        <td>${n(needs.languagesCovered[code] ?? 0)}</td>
                        <td>
                          ${
                            gaps.has(code)
                              ? html`<span class="gap-mark" aria-hidden="true">⚠</span> ${t("gap")}`
                              : t("covered")
                          }
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  private renderPeople(needs: NeedsBoard) {
    const t = this.localize.t.bind(this.localize);
    const n = (value: number) => this.localize.number(value);
    const { visitors, seats } = needs;
    return html`<section aria-labelledby="people-title">
      <h2 id="people-title">${t("visitorsTitle")}</h2>
      <dl class="figures">
        <div>
          <dt>${t("totalConfirmed")}</dt>
          <dd>${n(visitors.confirmedPeople)}</dd>
        </div>
        <div>
          <dt>${t("totalAdultsChildren")}</dt>
          <dd>${n(visitors.adults)} / ${n(visitors.children)}</dd>
        </div>
        <div>
          <dt>${t("groupsCount")}</dt>
          <dd>${n(visitors.groups)}</dd>
        </div>
        <div>
          <dt>${t("seatsTitle")}</dt>
          <dd>
            ${t("seatsFigures", { taken: n(seats.taken), capacity: n(seats.capacity), left: n(seats.remaining) })}
          </dd>
        </div>
        <div>
          <dt>${t("wheelchairPlaces")}</dt>
          <dd>${n(needs.wheelchairPlaces)}</dd>
        </div>
      </dl>
      <h3>${t("dietaryTitle")}</h3>
      ${
        needs.dietary.length === 0
          ? html`<p class="muted">${t("none")}</p>`
          : html`<ul class="dietary">
              ${needs.dietary.map(
                (item) =>
                  html`<li>
                    <bdi>${item.text}</bdi>: ${this.localize.plural("groupsWrote", item.groups)}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderHosts(needs: NeedsBoard) {
    const t = this.localize.t.bind(this.localize);
    const n = (value: number) => this.localize.number(value);
    return html`<section>
      <h2 id="hosts-title">${t("hostsTitle")}</h2>
      ${
        needs.hosts.length === 0
          ? html`<p class="muted">${t("stopsEmpty")}</p>`
          : html`<div class="table-wrap" role="region" aria-labelledby="hosts-caption" tabindex="0">
              <table class="hosts">
                <caption id="hosts-caption" class="visually-hidden">
                  ${t("hostsTitle")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("stopPlace")}</th>
                    <th scope="col">${t("colHostsFilled")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${needs.hosts.map(
                    (stop) =>
                      html`<tr>
                        <th scope="row">${pickText(stop.place, this.locales)}</th>
                        <td>
                          ${t("filledOf", { taken: n(stop.taken), capacity: n(stop.capacity) })}
                          ${
                            stop.taken < stop.capacity
                              ? html`— ${t("openPlaces", { count: n(stop.capacity - stop.taken) })}`
                              : nothing
                          }
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }
}
