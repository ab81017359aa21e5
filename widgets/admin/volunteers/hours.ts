import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type {
  BoardShift,
  BoardVolunteer,
  HoursResponse,
  ShiftBoardResponse,
} from "../../../schema/contracts/admin/volunteers.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { correctHours, getHours, getShiftBoard, hoursCsvUrl } from "./volunteers-api.js";
import { EventPageElement } from "../shared/organisation-page.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf, renderLoadError, renderLoading } from "../shared/errors.js";
import { renderField } from "../shared/field.js";
import { pickText } from "../shared/locale-text.js";
import { renderVolunteerLinks } from "./volunteer-links.js";
import { volunteersStyles } from "./volunteers.styles.js";

interface Loaded {
  event: AdminEvent;
  board: ShiftBoardResponse;
}

/**
 * Volunteer hours for an event: per volunteer their shifts and hours (from check-ins, with
 * corrections), the total, a correction per shift with a reason, and the CSV for the records.
 *
 * @tag hearth-admin-hours
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminHours extends EventPageElement {
  static override styles = volunteersStyles;

  @state() private hours: HoursResponse | undefined;
  @state() private errors: Record<string, FieldErrors> = {};
  /** Corrections as typed, per registration, so a refused one stays in its fields. */
  @state() private drafts: Record<string, { minutes: string; reason: string }> = {};
  @state() private announcement = "";
  @state() private busy = false;

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }): Promise<Loaded> => {
      const [event, board, hours] = await Promise.all([
        this.loadEvent(org, id, signal),
        getShiftBoard(org, id, signal),
        getHours(org, id, signal),
      ]);
      this.hours = hours;
      return { event, board };
    },
    args: () => [this.org, this.eventId] as const,
  });

  private get locales(): string[] {
    return [this.localize.locale, this.organisation?.defaultLocale ?? "en"];
  }

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (loaded) => this.renderPage(loaded),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  /** "2:05": hours and minutes, with the language's digits. */
  private duration(minutes: number): string {
    const two = new Intl.NumberFormat(this.localize.locale, { minimumIntegerDigits: 2 });
    return `${this.localize.number(Math.floor(minutes / 60))}:${two.format(minutes % 60)}`;
  }

  private renderPage({ event, board }: Loaded) {
    const t = this.localize.t.bind(this.localize);
    const hours = this.hours;
    const title = pickText(event.title, this.locales);
    const context = { localize: this.localize, org: this.org, role: this.memberRole };
    return html`<div class="toolbar">
        <h1 class="grow" id="hours-title" tabindex="-1">${t("hoursTitle", { title })}</h1>
        <a class="button secondary csv" href=${hoursCsvUrl(this.org, this.eventId)} download
          >${t("downloadCsv")}</a
        >
        ${renderVolunteerLinks(event, context, "hours")}
      </div>
      <p class="muted">${t("hoursHint")}</p>
      <p class="live" role="status">${this.announcement}</p>
      ${
        !hours || hours.volunteers.length === 0
          ? html`<p class="muted">${t("hoursEmpty")}</p>`
          : html`<div class="table-wrap" role="region" aria-labelledby="hours-caption" tabindex="0">
                <table class="hours">
                  <caption id="hours-caption" class="visually-hidden">
                    ${t("hoursCaption")}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t("colVolunteer")}</th>
                      <th scope="col">${t("colShifts")}</th>
                      <th scope="col">${t("colHours")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${hours.volunteers.map(
                      (row) =>
                        html`<tr data-volunteer=${row.volunteerId}>
                          <th scope="row"><bdi>${row.name}</bdi></th>
                          <td>${this.localize.number(row.shifts)}</td>
                          <td>${this.duration(row.minutes)}</td>
                        </tr>`,
                    )}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">${t("hoursTotal")}</th>
                      <td></td>
                      <td class="total">${this.duration(hours.totalMinutes)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              ${may(this.memberRole, "roster.write") ? this.renderCorrections(board, event.timeZone) : nothing}`
      }`;
  }

  private renderCorrections(board: ShiftBoardResponse, timeZone: string) {
    const t = this.localize.t.bind(this.localize);
    const rows = board.shifts.flatMap((shift) => shift.volunteers.map((v) => [shift, v] as const));
    return html`<section aria-labelledby="corrections-title">
      <h2 id="corrections-title">${t("hoursCorrections")}</h2>
      ${rows.map(([shift, v]) => this.renderCorrection(board, shift, v, timeZone))}
    </section>`;
  }

  private renderCorrection(
    board: ShiftBoardResponse,
    shift: BoardShift,
    v: BoardVolunteer,
    timeZone: string,
  ) {
    const t = this.localize.t.bind(this.localize);
    const role = board.roles.find((item) => item.id === shift.roleId);
    const what =
      pickText(shift.label, this.locales) || (role ? pickText(role.name, this.locales) : "");
    const when = this.localize.dateRange(shift.startsAt, shift.endsAt, timeZone);
    const errors = this.errors[v.registrationId] ?? {};
    const draft = this.drafts[v.registrationId] ?? { minutes: "", reason: "" };
    const name = (key: string) => `${v.registrationId}.${key}`;
    return html`<form
      class="correction"
      data-registration=${v.registrationId}
      novalidate
      @input=${(e: Event) => this.onInput(e, v)}
      @submit=${(e: SubmitEvent) => void this.correct(e, v)}
    >
      <fieldset>
        <legend><bdi>${v.name}</bdi> — ${what}, ${when}</legend>
        <div class="fields">
          ${renderField({ name: name("minutes"), type: "number", label: t("hoursMinutes"), hint: t("hoursMinutesHint"), value: draft.minutes, error: errors.minutes })}
          ${renderField({ name: name("reason"), label: t("hoursReason"), value: draft.reason, error: errors.reason })}
        </div>
        <button type="submit" class="button small" ?disabled=${this.busy}>
          ${t("hoursSave")}<span class="visually-hidden">: ${v.name}</span>
        </button>
      </fieldset>
    </form>`;
  }

  private onInput(event: Event, v: BoardVolunteer): void {
    const control = event.target as HTMLInputElement;
    const key = control.name.endsWith(".minutes") ? "minutes" : "reason";
    const draft = this.drafts[v.registrationId] ?? { minutes: "", reason: "" };
    this.drafts = { ...this.drafts, [v.registrationId]: { ...draft, [key]: control.value } };
  }

  /** An empty minutes field drops the correction: the hours go back to the check-ins'. */
  private async correct(submit: SubmitEvent, v: BoardVolunteer): Promise<void> {
    submit.preventDefault();
    const form = submit.target as HTMLFormElement;
    const draft = this.drafts[v.registrationId] ?? { minutes: "", reason: "" };
    const minutes = draft.minutes.trim() === "" ? null : Number(draft.minutes);
    this.busy = true;
    try {
      this.hours = await correctHours(
        this.org,
        this.eventId,
        v.registrationId,
        minutes,
        draft.reason,
      );
      this.errors = { ...this.errors, [v.registrationId]: {} };
      this.drafts = { ...this.drafts, [v.registrationId]: { minutes: "", reason: "" } };
      this.announcement = this.localize.t("hoursCorrected", { name: v.name });
    } catch (error) {
      this.errors = { ...this.errors, [v.registrationId]: fieldErrorsOf(error, this.localize) };
      this.announcement = errorText(error, this.localize);
      await this.updateComplete;
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      this.busy = false;
    }
  }
}
