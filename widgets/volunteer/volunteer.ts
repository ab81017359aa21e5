import type { PropertyDeclarations } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type {
  PublicShift,
  ShiftsResponse,
  VolunteerView,
} from "../../schema/contracts/volunteers.js";
import type { MessageKey } from "../i18n/messages.js";
import { ApiError } from "../shared/api-client.js";
import {
  addVolunteerShifts,
  cancelVolunteerShift,
  eraseVolunteer,
  exportVolunteer,
  getVolunteer,
  listShifts,
  signUpVolunteer,
} from "../shared/volunteers-api.js";
import type { ErrorMessage } from "../shared/error-message.js";
import { errorMessageKey } from "../shared/error-message.js";
import { HearthElement } from "../shared/hearth-element.js";
import { lazy, prefetch } from "../shared/lazy.js";
import { AnswerKeys } from "../shared/idempotency-key.js";
import { PersonalDataController, personalDataStyles } from "../shared/personal-data.js";
import { requirementsOf, upcoming } from "./shifts.js";
import { refusalOf } from "./server-errors.js";
import type { VolunteerErrors } from "./volunteer-form.js";
import { aboutYou, firstInvalidSelector } from "./volunteer-form.js";
import { copyFeedUrl, renderManagePage } from "./volunteer-schedule.js";
import { choiceError, renderShiftForm } from "./volunteer-shift-form.js";
import { renderLoadError, renderLoading, renderRegions } from "./volunteer-status.js";
import { volunteerStyles } from "./volunteer.styles.js";
import strings from "virtual:hearth-strings/common+volunteer+form+mydata";

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

  static override styles = [...volunteerStyles, personalDataStyles];

  static override properties: PropertyDeclarations = {
    org: {},
    event: {},
    volunteer: {},
    token: {},
    chosen: { state: true },
    errors: { state: true },
    listError: { state: true },
    shiftErrors: { state: true },
    formError: { state: true },
    announcement: { state: true },
    signedUp: { state: true },
    changed: { state: true },
    confirming: { state: true },
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
  private errors: VolunteerErrors = {};
  private listError: MessageKey | undefined;
  private shiftErrors: Record<string, string> = {};
  private formError: ErrorMessage | undefined;
  private announcement = "";
  private signedUp: { volunteer: VolunteerView; manageUrl: string } | undefined;
  private changed: VolunteerView | undefined;
  private confirming: string | undefined;
  private erased = false;

  /** A retry of the same answers reuses their key. */
  private readonly keys = new AnswerKeys();
  /** The API's own contract, to check answers before sending: loaded once someone starts answering. */
  private readonly checks = lazy(() => import("./volunteer-checks.js"));

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
      const { volunteer } = await getVolunteer(id, token, { api, signal });
      // The manage link carries no language; speak the one the person signed up in.
      if (!this.hasAttribute("lang")) this.lang = volunteer.locale;
      return volunteer;
    },
    args: () => [this.volunteer, this.token, this.apiOverride] as const,
  });

  private readonly sendTask = new Task<[PublicShift[], HTMLFormElement], void>(this, {
    autoRun: false,
    task: async ([shifts, form]) => {
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
          const { needs } = requirementsOf(shifts, this.shifts?.roles ?? []);
          const body = {
            ...aboutYou(form, needs),
            locale: this.localize.requested,
            shiftIds,
          };
          const { volunteer, manageUrl = "" } = await signUpVolunteer(
            this.org,
            body,
            this.keys.keyFor(body),
            options,
          );
          this.signedUp = { volunteer, manageUrl };
          this.emit("hearth-volunteered", { volunteer });
        }
        this.chosen = new Set();
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        this.emit("hearth-error", { status: error.status, code: error.code });
        const refusal = refusalOf(error, shifts, this.localize);
        this.formError = refusal.form;
        this.listError = refusal.list;
        this.errors = refusal.fields;
        this.shiftErrors = refusal.shifts;
        await this.focusFirstRefused();
      }
    },
  });

  private readonly cancelTask = new Task<[string], void>(this, {
    autoRun: false,
    task: async ([registrationId]) => {
      this.formError = undefined;
      try {
        const { volunteer } = await cancelVolunteerShift(
          this.volunteer,
          this.token,
          registrationId,
          {
            api: this.apiOverride,
          },
        );
        this.changed = volunteer;
        this.confirming = undefined;
        this.announcement = this.localize.t("volunteerCancelled");
        this.emit("hearth-volunteered", { volunteer });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        this.formError = errorMessageKey(error);
        this.emit("hearth-error", { status: error.status, code: error.code });
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
    },
  });

  private readonly personalData = new PersonalDataController(this, this.localize, {
    exportData: () => exportVolunteer(this.volunteer, this.token, { api: this.apiOverride }),
    fileName: () => "my-volunteer-data.json",
    erase: async () => {
      await eraseVolunteer(this.volunteer, this.token, { api: this.apiOverride });
      this.erased = true;
      this.announcement = this.localize.t("erasedVolunteer");
      this.emit("hearth-erased", { volunteerId: this.volunteer });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
    },
    confirmKey: "eraseConfirmVolunteer",
    onError: (error) => this.emit("hearth-error", { status: error.status, code: error.code }),
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

  private get managing(): boolean {
    return Boolean(this.volunteer);
  }

  private get shifts(): ShiftsResponse | undefined {
    return this.shiftsTask.value;
  }

  private get mine(): VolunteerView | undefined {
    return this.changed ?? this.volunteerTask.value;
  }

  override render() {
    const regions = renderRegions(this.localize, {
      signedUp: this.signedUp,
      announcement: this.announcement,
      formError: this.formError,
      copyFeed: () => void this.copyFeed(),
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
    return renderManagePage(volunteer, this.localize, {
      regions,
      schedule: {
        confirming: this.confirming,
        busy: this.cancelTask.status === TaskStatus.PENDING,
        ask: (id) => void this.askToConfirm(id),
        cancel: (id) => void this.cancelTask.run([id]),
        keep: () => (this.confirming = undefined),
      },
      copyFeed: () => void this.copyFeed(),
      addMore: this.org ? () => this.renderShifts() : undefined,
      personalData: () => this.personalData.render(),
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
              errors: this.errors,
              shiftErrors: this.shiftErrors,
              listError: this.listError,
              sending: this.sendTask.status === TaskStatus.PENDING,
              pick: this.onPick,
              submit: (e) => this.onSubmit(e, data),
              focus: prefetch(this.checks),
            }),
      error: (error) =>
        renderLoadError(this.localize, error, this.managing, () => this.shiftsTask.run()),
    });
  }

  private readonly onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name !== "shiftIds") return;
    const chosen = new Set(this.chosen);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    this.chosen = chosen;
    this.listError = undefined;
    this.shiftErrors = Object.fromEntries(
      Object.entries(this.shiftErrors).filter(([id]) => id !== input.value),
    );
  };

  private async onSubmit(submit: SubmitEvent, data: ShiftsResponse): Promise<void> {
    submit.preventDefault();
    const form = submit.currentTarget as HTMLFormElement;
    const chosen = data.shifts.filter((shift) => this.chosen.has(shift.id));
    const booked = this.mine ? upcoming(this.mine.shifts) : [];
    this.listError = choiceError(chosen, booked, data.graceMinutes);
    const checks = this.managing ? undefined : await this.checks().catch(() => null);
    if (this.sendTask.status === TaskStatus.PENDING) return;
    if (checks === null) {
      this.formError = "errorNetwork";
      return;
    }
    const needs = requirementsOf(chosen, data.roles).needs;
    this.errors = checks ? checks.checkAboutYou(form, needs) : {};
    this.formError = undefined;
    this.announcement = "";
    if (this.listError || Object.keys(this.errors).length > 0) {
      this.formError = "formHasErrors";
      await this.focusFirstRefused();
      return;
    }
    await this.sendTask.run([chosen, form]);
  }

  private async askToConfirm(registrationId: string): Promise<void> {
    this.confirming = registrationId;
    this.announcement = "";
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".confirm-text")?.focus();
  }

  private async copyFeed(): Promise<void> {
    if (await copyFeedUrl(this.renderRoot)) this.announcement = this.localize.t("volunteerCopied");
  }

  private async focusFirstRefused(): Promise<void> {
    await this.updateComplete;
    const selector = firstInvalidSelector(this.listError, this.shiftErrors, this.errors);
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
