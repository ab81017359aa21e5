import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { Manifest } from "../../../schema/contracts/admin/visits.js";
import { getManifest } from "./visits-api.js";
import { hrefFor } from "../app/routes.js";
import { EventPageElement } from "../shared/organisation-page.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { visitsStyles } from "./visits.styles.js";

type PickupPoint = Manifest["pickupPoints"][number];
type Stop = Manifest["stops"][number];

/**
 * The day sheet for a visit, made to be printed: each pick-up point with its departure and groups
 * (code, contact, phone, people, languages, wheelchair places), each stop's hosts, and the
 * interpreters. Only what the day needs: no other answers the groups gave. The server records
 * every opening in the audit log.
 *
 * @tag hearth-admin-manifest
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminManifest extends EventPageElement {
  static override styles = visitsStyles;

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }) => (await getManifest(org, id, signal)).manifest,
    args: () => [this.org, this.eventId] as const,
  });

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (manifest) => this.renderManifest(manifest),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private get locales(): string[] {
    return [this.localize.locale, this.organisation?.defaultLocale ?? "en"];
  }

  private time(iso: string | null, zone: string): string {
    return iso ? this.localize.dateTime(iso, zone) : "—";
  }

  private languages(codes: readonly string[]): string {
    return codes.map((code) => `${this.localize.languageName(code)} (${code})`).join(", ");
  }

  private renderManifest(manifest: Manifest) {
    const t = this.localize.t.bind(this.localize);
    const { event } = manifest;
    const title = pickText(event.title, this.locales);
    return html`<div class="toolbar">
        <h1 class="grow" id="manifest-title" tabindex="-1">${t("manifestTitle", { title })}</h1>
        <button type="button" class="button screen-only print" @click=${() => window.print()}>
          ${t("printManifest")}
        </button>
        <a
          class="button link screen-only"
          href=${hrefFor({ name: "needs", id: event.id }, this.org)}
          >${t("needsBoard")}</a
        >
      </div>
      <p>${this.localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}</p>
      <p class="muted screen-only">${t("manifestAudit")}</p>
      <section aria-labelledby="pickups-title">
        <h2 id="pickups-title">${t("pickupsLegend")}</h2>
        ${
          manifest.pickupPoints.length === 0
            ? html`<p class="muted">${t("none")}</p>`
            : manifest.pickupPoints.map((point, i) => this.renderPickup(point, i, event.timeZone))
        }
      </section>
      <section aria-labelledby="stops-title">
        <h2 id="stops-title">${t("stopsLegend")}</h2>
        ${
          manifest.stops.length === 0
            ? html`<p class="muted">${t("none")}</p>`
            : manifest.stops.map((stop, i) => this.renderStop(stop, i, event.timeZone))
        }
      </section>
      ${this.renderInterpreters(manifest)}`;
  }

  private renderPickup(point: PickupPoint, index: number, zone: string) {
    const t = this.localize.t.bind(this.localize);
    const n = (value: number) => this.localize.number(value);
    const id = `pickup-${index}`;
    const people = point.groups.reduce((sum, group) => sum + group.adults + group.children, 0);
    return html`<section class="pickup" aria-labelledby=${id}>
      <h3 id=${id}>
        <bdi>${point.name}</bdi> — ${t("departs", { time: this.time(point.departsAt, zone) })}
      </h3>
      ${point.address ? html`<p><bdi>${point.address}</bdi></p>` : nothing}
      <p>${this.localize.plural("peopleCount", people)}</p>
      ${
        point.groups.length === 0
          ? html`<p class="muted">${t("noGroups")}</p>`
          : html`<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">
              <table class="groups">
                <caption id="${id}-caption" class="visually-hidden">
                  ${t("groupsAt", { place: point.name })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("colCode")}</th>
                    <th scope="col">${t("colContact")}</th>
                    <th scope="col">${t("colPhone")}</th>
                    <th scope="col">${t("colParty")}</th>
                    <th scope="col">${t("colLanguages")}</th>
                    <th scope="col">${t("wheelchairPlaces")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${point.groups.map(
                    (group) =>
                      html`<tr>
                        <td>${group.code ? html`<code>${group.code}</code>` : "—"}</td>
                        <th scope="row"><bdi>${group.contact}</bdi></th>
                        <td>${group.phone ? html`<bdi dir="ltr">${group.phone}</bdi>` : "—"}</td>
                        <td>${this.localize.party(group.adults, group.children)}</td>
                        <td>${this.languages(group.languages) || "—"}</td>
                        <td>${n(group.wheelchairPlaces)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  private renderStop(stop: Stop, index: number, zone: string) {
    const t = this.localize.t.bind(this.localize);
    const id = `stop-${index}`;
    const number = this.localize.number(index + 1);
    return html`<section class="stop" aria-labelledby=${id}>
      <h3 id=${id}>
        ${number}. ${pickText(stop.place, this.locales)} —
        ${t("arrives", { time: this.time(stop.arrivesAt, zone) })}
      </h3>
      ${stop.address ? html`<p><bdi>${stop.address}</bdi></p>` : nothing}
      ${
        stop.hosts.length === 0
          ? html`<p class="muted">${t("noHosts")}</p>`
          : html`<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">
              <table class="hosts">
                <caption id="${id}-caption" class="visually-hidden">
                  ${t("hostsAt", { place: pickText(stop.place, this.locales) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("colName")}</th>
                    <th scope="col">${t("colPhone")}</th>
                    <th scope="col">${t("colOffer")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${stop.hosts.map(
                    (host) =>
                      html`<tr>
                        <th scope="row"><bdi>${host.name}</bdi></th>
                        <td>${host.phone ? html`<bdi dir="ltr">${host.phone}</bdi>` : "—"}</td>
                        <td>${host.offer ? html`<bdi>${host.offer}</bdi>` : "—"}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  private renderInterpreters(manifest: Manifest) {
    const t = this.localize.t.bind(this.localize);
    return html`<section>
      <h2 id="interpreters-title">${t("interpretersTitle")}</h2>
      ${
        manifest.interpreters.length === 0
          ? html`<p class="muted">${t("none")}</p>`
          : html`<div
              class="table-wrap"
              role="region"
              aria-labelledby="interpreters-caption"
              tabindex="0"
            >
              <table class="interpreters">
                <caption id="interpreters-caption" class="visually-hidden">
                  ${t("interpretersTitle")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("colName")}</th>
                    <th scope="col">${t("colPhone")}</th>
                    <th scope="col">${t("colLanguages")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${manifest.interpreters.map(
                    (person) =>
                      html`<tr>
                        <th scope="row"><bdi>${person.name}</bdi></th>
                        <td>${person.phone ? html`<bdi dir="ltr">${person.phone}</bdi>` : "—"}</td>
                        <td>${this.languages(person.languages)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }
}
