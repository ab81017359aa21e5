import { Task } from "../../shared/task.js";
import { contentLocales } from "../shared/language-fields.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { BoardShift, ShiftBoardResponse } from "../../../schema/contracts/admin/volunteers.js";
import { getShiftBoard } from "./volunteers-api.js";
import { EventPageElement } from "../shared/organisation-page.js";
import type { AdminEventDetail } from "../shared/admin-events.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { renderVolunteerLinks } from "./volunteer-links.js";
import { volunteersStyles } from "./volunteers.styles.js";

const timeKey = (shift: BoardShift) => `${shift.startsAt}/${shift.endsAt}`;

/**
 * An event's volunteer shifts as a table: a row per role, a column per time, each cell saying
 * how many of how many places are taken and whether that is under-staffed, OK or full, in words.
 * A cell opens the shift's details below the table.
 *
 * @tag hearth-admin-shift-board
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminShiftBoard extends EventPageElement {
  static override styles = volunteersStyles;

  @state() private board: ShiftBoardResponse | undefined;
  @state() private selected: string | undefined;
  @state() private announcement = "";

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }) => {
      const [event, board] = await Promise.all([
        this.loadEvent(org, id, signal),
        getShiftBoard(org, id, signal),
      ]);
      this.board = board;
      return event;
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
        pending: () =>
          this.task.value ? this.renderPage(this.task.value) : renderLoading(this.localize),
        complete: (event) => this.renderPage(event),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private renderPage(event: AdminEvent) {
    const t = this.localize.t.bind(this.localize);
    const board = this.board;
    const title = pickText(event.title, this.locales);
    const shift = board?.shifts.find((item) => item.id === this.selected);
    const context = { localize: this.localize, org: this.org, role: this.memberRole };
    return html`<div class="toolbar">
        <h1 class="grow" id="shifts-title" tabindex="-1">${t("shiftBoardTitle", { title })}</h1>
        ${renderVolunteerLinks(event, context, "shifts")}
      </div>
      <p class="muted">${this.localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}</p>
      <p class="live" role="status">${this.announcement}</p>
      ${board ? this.renderTable(board, event.timeZone) : nothing}
      ${
        board && shift
          ? html`<hearth-admin-shift-details
              lang=${this.localize.locale}
              org=${this.org}
              event-id=${this.eventId}
              member-role=${this.memberRole ?? nothing}
              time-zone=${event.timeZone}
              .shift=${shift}
              .board=${board}
              .locales=${this.locales}
              .writingLocales=${this.organisation ? contentLocales(this.organisation) : ["en"]}
              @hearth-admin-shifts-changed=${this.onChanged}
            ></hearth-admin-shift-details>`
          : nothing
      }`;
  }

  private renderTable(board: ShiftBoardResponse, timeZone: string) {
    const t = this.localize.t.bind(this.localize);
    if (board.shifts.length === 0) return html`<p class="muted">${t("shiftsEmpty")}</p>`;
    const times = [...new Map(board.shifts.map((shift) => [timeKey(shift), shift])).values()].sort(
      (a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt),
    );
    const roles = board.roles.filter((role) => board.shifts.some((s) => s.roleId === role.id));
    return html`<div class="table-wrap" role="region" aria-labelledby="board-caption" tabindex="0">
      <table class="board">
        <caption id="board-caption">
          ${t("shiftBoardCaption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t("colRole")}</th>
            ${times.map(
              (time) =>
                html`<th scope="col">
                  ${this.localize.dateRange(time.startsAt, time.endsAt, timeZone)}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${roles.map(
            (role) =>
              html`<tr data-role=${role.id}>
                <th scope="row">${pickText(role.name, this.locales)}</th>
                ${times.map((time) => {
                  const shift = board.shifts.find(
                    (s) => s.roleId === role.id && timeKey(s) === timeKey(time),
                  );
                  return html`<td>${shift ? this.renderCell(shift) : html`<span>—</span>`}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderCell(shift: BoardShift) {
    const t = this.localize.t.bind(this.localize);
    const n = (value: number) => this.localize.number(value);
    return html`<button
      type="button"
      class="cell"
      data-shift=${shift.id}
      data-state=${shift.state}
      aria-pressed=${shift.id === this.selected ? "true" : "false"}
      @click=${() => this.open(shift.id)}
    >
      <span>${t("shiftTaken", { taken: n(shift.taken), capacity: n(shift.capacity) })}</span>
      <span class="state state-${shift.state}">${t(`shiftState_${shift.state}`)}</span>
      ${
        shift.minimum > 0
          ? html`<span class="muted">${t("shiftMinimum", { minimum: n(shift.minimum) })}</span>`
          : nothing
      }
    </button>`;
  }

  private async open(id: string): Promise<void> {
    this.selected = id;
    await this.updateComplete;
    const details = this.renderRoot.querySelector("hearth-admin-shift-details");
    await details?.updateComplete;
    details?.focusHeading();
  }

  private async onChanged(
    changed: CustomEvent<AdminEventDetail<"hearth-admin-shifts-changed">>,
  ): Promise<void> {
    this.announcement = changed.detail.announcement;
    try {
      this.board = changed.detail.board ?? (await getShiftBoard(this.org, this.eventId));
    } catch {
      // The announcement said what happened; Refresh or the next visit catches up.
    }
  }
}
