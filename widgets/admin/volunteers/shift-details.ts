import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { Role } from "../../../schema/contracts/admin/session.js";
import type {
  BoardShift,
  BoardVolunteer,
  ShiftBoardResponse,
} from "../../../schema/contracts/admin/volunteers.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { ApiError } from "../../shared/api-client.js";
import { changeRegistration } from "../roster/roster-api.js";
import { assignVolunteer, verifyRequirement } from "./volunteers-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { errorText, fieldIssueText } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import type { Verifiable, VolunteerRowContext } from "./shift-volunteer.js";
import { contactLines, renderVolunteer, verifiable } from "./shift-volunteer.js";
import { volunteersStyles } from "./volunteers.styles.js";

/**
 * One shift opened from the board: its volunteers with contacts and languages, check-in and
 * no-show, verified requirements, moving someone to another shift, assigning someone already
 * volunteering at the event, and a copyable contact list for the shift or its whole role.
 *
 * @tag hearth-admin-shift-details
 *
 * @fires hearth-admin-shifts-changed - After any change; the board reloads or takes `board`.
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminShiftDetails extends AdminElement {
  static override styles = volunteersStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";
  @property({ attribute: "member-role" }) memberRole: Role | undefined;
  /** The event's time zone, for the shifts' times. */
  @property({ attribute: "time-zone" }) timeZone = "UTC";
  @property({ attribute: false }) shift: BoardShift | undefined;
  @property({ attribute: false }) board: ShiftBoardResponse | undefined;
  /** Content languages to pick role names from, best first. */
  @property({ attribute: false }) locales: string[] = [];
  /** The organisation's content languages, default first: a message to the shift is written in them. */
  @property({ attribute: false }) writingLocales: readonly string[] = ["en"];

  @state() private contacts = "";
  @state() private busy = false;
  @state() private errors: Record<string, string> = {};
  @state() private assignError = "";
  /** Verifications made here; the board does not report them, so they start unticked. */
  @state() private verified: Record<string, boolean> = {};

  /** Focus lands on the heading when a cell opens the shift, so reading starts there. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>("#shift-title")?.focus();
  }

  override render() {
    const shift = this.shift;
    const board = this.board;
    if (!shift || !board) return this.renderBase(nothing);
    const t = this.localize.t.bind(this.localize);
    const role = board.roles.find((item) => item.id === shift.roleId);
    const roleName = role ? pickText(role.name, this.locales) : "";
    const canWrite = may(this.memberRole, "roster.write");
    const context: VolunteerRowContext = {
      localize: this.localize,
      targets: board.shifts
        .filter((other) => other.id !== shift.id)
        .map((other) => [other.id, this.shiftName(other)] as const),
      checks: verifiable.filter((kind) => role?.requirements.includes(kind)),
      verified: (v, requirement) => this.verified[`${v.volunteerId}:${requirement}`] ?? false,
      canCheckIn: may(this.memberRole, "roster.check-in"),
      canWrite,
      busy: this.busy,
      error: undefined,
      checkIn: (v, type, undo) => void this.checkIn(v, type, undo),
      move: (v, to) => void this.move(v, to),
      verify: (v, requirement, value) => void this.verify(v, requirement, value),
    };
    return this.renderBase(
      html`<section class="panel" aria-labelledby="shift-title">
        <h2 id="shift-title" tabindex="-1">${this.shiftName(shift)}</h2>
        <p>
          ${t("shiftTaken", { taken: this.localize.number(shift.taken), capacity: this.localize.number(shift.capacity) })}
          — <span class="state state-${shift.state}">${t(`shiftState_${shift.state}`)}</span>
        </p>
        ${
          shift.volunteers.length === 0
            ? html`<p class="muted">${t("shiftNobody")}</p>`
            : html`<ul class="volunteers">
                ${shift.volunteers.map((v) =>
                  renderVolunteer({ ...context, error: this.errors[v.registrationId] }, v),
                )}
              </ul>`
        }
        <div class="row">
          <button
            type="button"
            class="button secondary small copy-shift"
            @click=${() => this.copy(shift.volunteers)}
          >
            ${t("copyShiftContacts")}
          </button>
          <button
            type="button"
            class="button secondary small copy-role"
            @click=${() => this.copy(board.shifts.filter((s) => s.roleId === shift.roleId).flatMap((s) => s.volunteers))}
          >
            ${t("copyRoleContacts", { role: roleName })}
          </button>
        </div>
        ${
          this.contacts
            ? html`<div class="field">
                <label for="contacts">${t("contactsList")}</label>
                <textarea
                  id="contacts"
                  class="contacts"
                  readonly
                  .value=${this.contacts}
                ></textarea>
              </div>`
            : nothing
        }
        ${
          canWrite
            ? html`<hearth-admin-shift-message
                lang=${this.localize.locale}
                org=${this.org}
                event-id=${this.eventId}
                shift-id=${shift.id}
                .locales=${this.writingLocales}
              ></hearth-admin-shift-message>`
            : nothing
        }
        ${canWrite ? this.renderAssign(shift, board) : nothing}
      </section>`,
    );
  }

  private shiftName(shift: BoardShift): string {
    const role = this.board?.roles.find((item) => item.id === shift.roleId);
    const name =
      pickText(shift.label, this.locales) || (role ? pickText(role.name, this.locales) : "");
    return `${name}, ${this.localize.dateRange(shift.startsAt, shift.endsAt, this.timeZone)}`;
  }

  /** Anyone already volunteering at the event, once each, who is not on this shift. */
  private renderAssign(shift: BoardShift, board: ShiftBoardResponse) {
    const t = this.localize.t.bind(this.localize);
    const here = new Set(shift.volunteers.map((v) => v.volunteerId));
    const people = [
      ...new Map(board.shifts.flatMap((s) => s.volunteers).map((v) => [v.volunteerId, v])).values(),
    ].filter((v) => !here.has(v.volunteerId));
    if (people.length === 0) return nothing;
    const error = this.assignError;
    return html`<form class="row assign" @submit=${this.onAssign}>
      <div class="field">
        <label for="assign">${t("assignVolunteer")}</label>
        <select
          id="assign"
          aria-invalid=${error ? "true" : "false"}
          aria-describedby=${error ? "assign-error" : nothing}
        >
          ${people.map((v) => html`<option value=${v.volunteerId}>${v.name}</option>`)}
        </select>
        ${error ? html`<p id="assign-error" class="error">${error}</p>` : nothing}
      </div>
      <button type="submit" class="button small" ?disabled=${this.busy}>${t("assign")}</button>
    </form>`;
  }

  private async copy(volunteers: readonly BoardVolunteer[]): Promise<void> {
    this.contacts = contactLines(volunteers);
    try {
      await navigator.clipboard.writeText(this.contacts);
      this.changed(null, this.localize.t("contactsCopied"));
    } catch {
      // No clipboard (permissions, old browser): the list is on screen, selected, to copy by hand.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>("#contacts")?.select();
    }
  }

  private changed(board: ShiftBoardResponse | null, announcement: string): void {
    this.emit("hearth-admin-shifts-changed", { board, announcement });
  }

  /** The reason a move or assignment was refused, in words the coordinator can act on. */
  private refusal(error: unknown): string {
    const reason = error instanceof ApiError ? error.fieldCodes.volunteerId : undefined;
    if (reason)
      return fieldIssueText(reason, this.localize, (error as ApiError).fields.volunteerId);
    if (error instanceof ApiError && error.code === "slot_full")
      return this.localize.t("shiftFullRefused");
    return errorText(error, this.localize);
  }

  private async act(action: () => Promise<void>, onError: (message: string) => void) {
    this.busy = true;
    try {
      await action();
    } catch (error) {
      onError(this.refusal(error));
    } finally {
      this.busy = false;
    }
  }

  private async checkIn(v: BoardVolunteer, type: "check-in" | "no-show", undo: boolean) {
    await this.act(
      async () => {
        await changeRegistration(this.org, this.eventId, v.registrationId, { type, undo });
        const key =
          type === "check-in"
            ? undo
              ? "announceUndoCheckIn"
              : "announceShiftCheckedIn"
            : undo
              ? "announceUndoNoShow"
              : "announceNoShow";
        this.changed(null, this.localize.t(key, { name: v.name }));
      },
      (message) => this.changed(null, message),
    );
  }

  private async move(v: BoardVolunteer, shiftId: string) {
    this.errors = { ...this.errors, [v.registrationId]: "" };
    await this.act(
      async () => {
        const board = await assignVolunteer(
          this.org,
          this.eventId,
          shiftId,
          v.volunteerId,
          v.registrationId,
        );
        const target = board.shifts.find((s) => s.id === shiftId);
        this.changed(
          board,
          this.localize.t("announceMoved", {
            name: v.name,
            shift: target ? this.shiftName(target) : "",
          }),
        );
      },
      (message) => {
        this.errors = { ...this.errors, [v.registrationId]: message };
        this.changed(null, this.localize.t("moveRefused", { name: v.name, reason: message }));
      },
    );
  }

  private async onAssign(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const shift = this.shift;
    const select = (submit.target as HTMLFormElement).querySelector("select");
    if (!shift || !select) return;
    const name = select.selectedOptions[0]?.textContent?.trim() ?? "";
    this.assignError = "";
    await this.act(
      async () => {
        const board = await assignVolunteer(this.org, this.eventId, shift.id, select.value);
        this.changed(board, this.localize.t("announceAssigned", { name }));
      },
      (message) => (this.assignError = message),
    );
  }

  private async verify(v: BoardVolunteer, requirement: Verifiable, verified: boolean) {
    const key = `${v.volunteerId}:${requirement}`;
    await this.act(
      async () => {
        await verifyRequirement(this.org, v.volunteerId, requirement, verified);
        this.verified = { ...this.verified, [key]: verified };
        this.changed(
          null,
          this.localize.t(
            verified ? "announceVerifiedRequirement" : "announceUnverifiedRequirement",
            { name: v.name, requirement: this.localize.t(`verified_${requirement}`) },
          ),
        );
      },
      (message) => {
        this.verified = { ...this.verified, [key]: !verified };
        this.changed(null, message);
      },
    );
  }
}
