import type { PropertyDeclarations } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type {
  PublicShift,
  ShiftsResponse,
  VolunteerView,
} from "../../schema/contracts/volunteers.js";
import { ApiError } from "../shared/api-client.js";
import {
  addVolunteerShifts,
  getVolunteer,
  listShifts,
  signUpVolunteer,
} from "../shared/volunteers-api.js";
import { errorMessageKey } from "../shared/error-message.js";
import { HearthElement } from "../shared/hearth-element.js";
import { lazyPart } from "../shared/lazy.js";
import { SendingCode } from "./sending-code.js";
import type { FormProblems } from "./server-errors.js";
import { noProblems } from "./server-errors.js";
import { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import type { FirstScreenRefusal } from "../../schema/contracts/first-screen-outcome.js";
import { requirementsOf, upcoming } from "./shifts.js";
import { firstInvalidSelector } from "./volunteer-form.js";
import type { ManageOutcomes, VolunteerLink, VolunteerManage } from "./volunteer-manage.js";
import { choiceError, renderShiftForm } from "./volunteer-shift-form.js";
import { renderLoadError, renderLoading, renderRegions } from "./volunteer-status.js";
import { volunteerStyles } from "./volunteer.styles.js";
import strings from "virtual:hearth-strings/common+volunteer+form+mydata";
import manageStrings from "./volunteer-manage.strings.js";

type Sent = typeof import("./volunteer-sent.js");

/**
 * Volunteer shifts: pick several, then sign up once. Given a volunteer id and manage token, the
 * same element is the volunteer's own page: their schedule, cancelling a shift, adding more,
 * downloading or erasing their data.
 *
 * @tag hearth-volunteer
 * On the manage page it reads `volunteer` (and `org`, to offer more shifts) from the query string
 * and `token` from the fragment (which never reaches a server log) unless given as attributes.
 *
 * @fires hearth-volunteered - Signed up, added or cancelled a shift. `detail.volunteer`.
 * @fires hearth-erased - The volunteer erased their data. `detail.volunteerId`.
 * @fires hearth-error - Loading or sending failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart form - The form.
 * @csspart label - Every label and legend.
 * @csspart input - Every input.
 * @csspart button - Every button and button-like link.
 * @csspart status - The live region announcing results.
 * @csspart error - Error messages, beside shifts and fields and for the whole form.
 * @csspart schedule - The volunteer's own shifts (manage page).
 * @csspart feed - The private calendar feed.
 * @csspart my-data - Download or erase the volunteer's data (manage page).
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-danger - Cancel buttons, errors. Default #b3261e.
 * @cssproperty --hearth-color-border - Field borders. Default #8a8f96.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 */
export class HearthVolunteer extends HearthElement {
  static override strings = strings;

  static override styles = volunteerStyles;

  static override properties: PropertyDeclarations = {
    org: {},
    event: {},
    volunteer: {},
    token: {},
    chosen: { state: true },
    problems: { state: true },
    announcement: { state: true },
    waiting: { state: true },
    signedUp: { state: true },
    changed: { state: true },
    erased: { state: true },
  };

  /** Slug of the organisation whose shifts to show. */
  org = "";

  /** Only this event's shifts. */
  event = "";

  /** The volunteer's id (manage page); read from `?volunteer=` when empty. */
  volunteer = "";

  /** Secret manage token; read from `#token=` when empty. */
  token = "";

  private chosen = new Set<string>();
  private problems: FormProblems = noProblems;
  private announcement = "";
  /** Sending waits for the code it needs (see `onSubmit`). */
  private waiting = false;
  private signedUp: { volunteer: VolunteerView; manageUrl: string } | undefined;
  private changed: VolunteerView | undefined;
  private erased = false;

  /** The manage page, once its code is here (with the volunteer's schedule). */
  private manage: VolunteerManage | undefined;

  /** The manage page: only a volunteer coming back through their link needs it. */
  private readonly managePage = lazyPart(
    this.localize,
    manageStrings,
    () => import("./volunteer-manage.js"),
  );
  /** What sending needs (the checks, the signed-up screen): loaded once someone starts answering. */
  private readonly code = new SendingCode(
    this.localize,
    () => this.renderRoot,
    () => this.managing,
  );

  private readonly shiftsTask = new Task(this, {
    task: async ([org, event, lang, api], { signal }) => {
      if (!org) return undefined;
      const shifts = await listShifts(org, { event, lang }, { api, signal });
      this.localize.organisationLocale = shifts.defaultLocale;
      return shifts;
    },
    args: () => [this.org, this.event, this.localize.requested, this.apiOverride] as const,
  });

  private readonly volunteerTask = new Task(this, {
    task: async ([id, token, api], { signal }) => {
      if (!token) throw new ApiError(401, "unauthorized", "missing link");
      // The page's code comes beside the volunteer's schedule, not after it.
      const [{ volunteer }, page] = await Promise.all([
        getVolunteer(id, token, { api, signal }),
        this.managePage().catch(() => {
          throw new ApiError(0, "network", "network");
        }),
      ]);
      this.manage ??= new page.VolunteerManage(this, this.localize, this.link, this.manageOutcomes);
      // The manage link carries no language; speak the one the person signed up in.
      if (!this.hasAttribute("lang")) this.lang = volunteer.locale;
      return volunteer;
    },
    args: () => [this.volunteer, this.token, this.apiOverride] as const,
  });

  private readonly manageOutcomes: ManageOutcomes = {
    started: () => {
      this.problems = { ...this.problems, form: undefined };
      this.announcement = "";
    },
    cancelled: (volunteer) => {
      this.changed = volunteer;
      this.announcement = this.localize.t("volunteerCancelled");
      this.emit("hearth-volunteered", { volunteer });
    },
    cancelFailed: (error) => {
      this.problems = { ...this.problems, form: errorMessageKey(error) };
      this.emit("hearth-error", { status: error.status, code: error.code });
    },
    erased: () => {
      this.erased = true;
      this.announcement = this.localize.t("erasedVolunteer");
      this.emit("hearth-erased", { volunteerId: this.volunteer });
    },
    failed: (error) => this.emit("hearth-error", { status: error.status, code: error.code }),
  };

  private readonly sendTask = new Task<[PublicShift[], HTMLFormElement, Sent], void>(this, {
    autoRun: false,
    task: async ([shifts, form, sent]) => {
      const shiftIds = shifts.map((shift) => shift.id);
      const options = { api: this.apiOverride };
      try {
        if (this.managing) {
          const { volunteer } = await addVolunteerShifts(
            this.volunteer,
            this.token,
            shiftIds,
            options,
          );
          this.changed = volunteer;
          this.announcement = this.localize.plural("volunteerAdded", shiftIds.length);
          this.emit("hearth-volunteered", { volunteer });
        } else {
          const roles = this.shifts?.roles ?? [];
          const body = sent.signUpBody(form, shifts, roles, this.localize.requested);
          const key = this.code.keyFor(sent, body);
          const { volunteer, manageUrl = "" } = await signUpVolunteer(this.org, body, key, options);
          this.signedUp = { volunteer, manageUrl };
          this.emit("hearth-volunteered", { volunteer });
        }
        this.chosen = new Set();
        await this.focusOn(".outcome");
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        this.emit("hearth-error", { status: error.status, code: error.code });
        this.problems = sent.refusalOf(error, shifts, this.localize);
        await this.focusFirstRefused();
      }
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const search = new URLSearchParams(location.search);
    this.volunteer ||= search.get("volunteer") ?? "";
    if (this.volunteer) {
      this.org ||= search.get("org") ?? "";
      this.token ||= new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
    }
  }

  private readonly link = (): VolunteerLink => ({
    id: this.volunteer,
    token: this.token,
    api: this.apiOverride,
  });

  private get managing(): boolean {
    return Boolean(this.volunteer);
  }

  private get shifts(): ShiftsResponse | undefined {
    return this.shiftsTask.value;
  }

  private get mine(): VolunteerView | undefined {
    return this.changed ?? this.volunteerTask.value;
  }

  /**
   * The worker's drawing of the shift form, which embed.js may have shown while this code loaded:
   * it stands until the widget has the shifts, then hands over what was ticked and typed and
   * whether it was sent.
   */
  private readonly firstScreen = new FirstScreenHandover(
    this,
    () =>
      (this.shiftsTask.status === TaskStatus.COMPLETE ||
        this.shiftsTask.status === TaskStatus.ERROR) &&
      // A sign-up the first screen made is drawn by the signed-up screen's code.
      (!this.signedUp || this.code.sent !== undefined),
    ({ submitted, outcome }) => {
      if (submitted) this.renderRoot.querySelector("form")?.requestSubmit();
      if (outcome && "error" in outcome) void this.showFirstScreenRefusal(outcome);
    },
    // A volunteer the first screen signed up: the widget's own from now on, drawn as its own
    // (with the signed-up screen's code) before it takes the screen over.
    (booked) => {
      if (!("volunteer" in booked)) return;
      this.signedUp = { volunteer: booked.volunteer, manageUrl: booked.manageUrl };
      this.emit("hearth-volunteered", { volunteer: booked.volunteer });
      void this.code.signedUpScreen().then(() => this.requestUpdate());
    },
  );

  /** A refusal the first screen showed, as the widget's own: beside the shifts and fields it names. */
  private async showFirstScreenRefusal(refused: FirstScreenRefusal): Promise<void> {
    const sent = await this.code.signedUpScreen();
    const shifts = this.shifts?.shifts ?? [];
    if (!sent) return;
    const chosen = shifts.filter((shift) => this.chosen.has(shift.id));
    this.problems = sent.refusalOf(ApiError.from(refused.status, refused), chosen, this.localize);
  }

  override render() {
    if (this.firstScreen.waiting) return nothing;
    const regions = renderRegions(this.localize, {
      result:
        this.signedUp && this.code.sent
          ? this.code.sent.renderSignedUp(this.signedUp, this.localize, this.onCopied)
          : nothing,
      announcement: this.announcement,
      formError: this.problems.form,
    });
    if (!this.managing) {
      return this.renderBase(html`${regions}${this.signedUp ? nothing : this.renderShifts()}`);
    }
    // Erased: the link no longer opens anything; only the announcement stays.
    if (this.erased) return this.renderBase(regions);
    return this.renderBase(
      this.volunteerTask.render({
        initial: () => renderLoading(this.localize),
        pending: () =>
          this.mine ? this.renderManage(this.mine, regions) : renderLoading(this.localize),
        complete: () => this.renderManage(this.mine!, regions),
        error: (error) =>
          renderLoadError(this.localize, error, this.managing, () => this.volunteerTask.run()),
      }),
    );
  }

  private renderManage(volunteer: VolunteerView, regions: unknown) {
    if (!this.manage) return renderLoading(this.localize);
    return this.manage.render(volunteer, {
      regions,
      addMore: this.org ? () => this.renderShifts() : undefined,
      copied: this.onCopied,
    });
  }

  private renderShifts() {
    return this.shiftsTask.render({
      initial: () => renderLoading(this.localize),
      pending: () => renderLoading(this.localize),
      complete: (data) =>
        !data || data.shifts.length === 0
          ? html`<p class="empty">${this.localize.t("volunteerEmpty")}</p>`
          : renderShiftForm(this.localize, data, {
              managing: this.managing,
              chosen: this.chosen,
              mine: this.mine,
              errors: this.problems.fields,
              shiftErrors: this.problems.shifts,
              listError: this.problems.list,
              sending: this.waiting || this.sendTask.status === TaskStatus.PENDING,
              pick: this.onPick,
              submit: (e) => this.onSubmit(e, data),
              focus: this.code.prefetch,
            }),
      error: (error) =>
        renderLoadError(this.localize, error, this.managing, () => this.shiftsTask.run()),
    });
  }

  private readonly onCopied = (): void => {
    this.announcement = this.localize.t("volunteerCopied");
  };

  private readonly onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name !== "shiftIds") return;
    const chosen = new Set(this.chosen);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    this.chosen = chosen;
    const shifts = Object.entries(this.problems.shifts).filter(([id]) => id !== input.value);
    this.problems = { ...this.problems, list: undefined, shifts: Object.fromEntries(shifts) };
  };

  /**
   * Waits for the code sending needs, before anything is sent: no answer can come back that the
   * form could not show. `null` when it could not be fetched.
   */
  private async readyToSend() {
    this.waiting = true;
    try {
      return await this.code.all();
    } finally {
      this.waiting = false;
    }
  }

  private async onSubmit(submit: SubmitEvent, data: ShiftsResponse): Promise<void> {
    submit.preventDefault();
    const form = submit.currentTarget as HTMLFormElement;
    const chosen = data.shifts.filter((shift) => this.chosen.has(shift.id));
    const booked = this.mine ? upcoming(this.mine.shifts) : [];
    this.problems = { ...this.problems, list: choiceError(chosen, booked, data.graceMinutes) };
    const code = await this.readyToSend();
    if (this.sendTask.status === TaskStatus.PENDING) return;
    if (code === null) {
      this.problems = { ...this.problems, form: "errorNetwork" };
      return;
    }
    const needs = requirementsOf(chosen, data.roles).needs;
    const fields = code.checks ? code.checks.checkAboutYou(form, needs) : {};
    const refused = this.problems.list !== undefined || Object.keys(fields).length > 0;
    this.problems = { ...this.problems, fields, form: refused ? "formHasErrors" : undefined };
    this.announcement = "";
    if (refused) {
      await this.focusFirstRefused();
      return;
    }
    await this.sendTask.run([chosen, form, code.sent]);
  }

  private async focusFirstRefused(): Promise<void> {
    await this.updateComplete;
    const { list, shifts, fields } = this.problems;
    const selector = firstInvalidSelector(list, shifts, fields);
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
