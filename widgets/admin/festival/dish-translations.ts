import { Task } from "../../shared/task.js";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminApplication } from "../../../schema/contracts/admin/festivals.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { getApplications } from "./festival-api.js";
import { EventPageElement } from "../shared/organisation-page.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { renderFestivalLinks } from "./festival-links.js";
import { festivalStyles } from "./festival.styles.js";

/**
 * The approved cooks' dishes for translation into the festival's languages, one form per dish.
 *
 * @tag hearth-admin-dish-translations
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminDishTranslations extends EventPageElement {
  static override styles = festivalStyles;

  @state() private announcement = "";
  @state() private applications: AdminApplication[] = [];

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }) => {
      const [event, { applications }] = await Promise.all([
        this.loadEvent(org, id, signal),
        getApplications(org, id, "approved", signal),
      ]);
      this.applications = applications;
      return event;
    },
    args: () => [this.org, this.eventId] as const,
  });

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (event) => this.renderPage(event, this.applications),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private renderPage(event: AdminEvent, applications: AdminApplication[]) {
    const t = this.localize.t.bind(this.localize);
    const title = pickText(event.title, [
      this.localize.locale,
      this.organisation?.defaultLocale ?? "en",
    ]);
    const context = { localize: this.localize, org: this.org, role: this.memberRole };
    const locales = this.organisation?.locales ?? event.languages;
    const withDishes = applications.filter((application) => application.dishes.length > 0);
    return html`<div class="toolbar">
        <h1 class="grow" id="translations-title" tabindex="-1">
          ${t("translationsTitle", { title })}
        </h1>
        ${renderFestivalLinks(event, context, "translations")}
      </div>
      <p class="muted">${t("translationsHint")}</p>
      <p class="live notice" role="status">${this.announcement}</p>
      ${
        withDishes.length === 0
          ? html`<p class="empty">${t("noDishes")}</p>`
          : withDishes.map(
              (application) =>
                html`<section aria-labelledby="cook-${application.id}">
                  <h2 id="cook-${application.id}"><bdi>${application.displayName}</bdi></h2>
                  ${application.dishes.map(
                    (dish) =>
                      html`<hearth-admin-dish-translation-form
                        lang=${this.localize.locale}
                        org=${this.org}
                        event-id=${this.eventId}
                        cook-locale=${application.locale}
                        ?can-write=${may(this.memberRole, "events.write")}
                        .dish=${dish}
                        .locales=${locales}
                        @hearth-admin-application-changed=${this.onSaved}
                      ></hearth-admin-dish-translation-form>`,
                  )}
                </section>`,
            )
      }`;
  }

  private readonly onSaved = (
    event: CustomEvent<{ application: AdminApplication; announcement: string }>,
  ) => {
    const changed = event.detail.application;
    this.applications = this.applications.map((application) =>
      application.id === changed.id ? changed : application,
    );
    this.announcement = event.detail.announcement;
  };
}
