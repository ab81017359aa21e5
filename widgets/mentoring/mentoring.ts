import type { PropertyDeclarations } from "lit";
import { nothing } from "lit";
import type {
  IntakeResponse,
  ManagedIntake,
  MentoringRole,
  PublicSeason,
} from "../../schema/contracts/mentoring.js";
import { ApiError } from "../shared/api-client.js";
import { html } from "../shared/fallback-text.js";
import { HearthElement } from "../shared/hearth-element.js";
import type { AnswerKeys } from "../shared/idempotency-key.js";
import { lazy } from "../shared/lazy.js";
import { Task } from "../shared/task.js";
import { emptyDraft } from "./intake-draft.js";
import { stepsFor } from "./intake-steps.js";
import { questionsForRole } from "./season-questions.js";
import type { StepperOutcomes } from "./intake-stepper.js";
import { IntakeStepper } from "./intake-stepper.js";
import { getMentoringPerson, getSeason, signUpForSeason } from "./mentoring-api.js";
import type { ManageOutcomes, MentoringManage } from "./mentoring-manage.js";
import { renderIntro, renderLoadError, renderLoading, renderRegions } from "./mentoring-status.js";
import { mentoringStyles } from "./mentoring.styles.js";
import strings from "virtual:hearth-strings/common+mentoring+form+mydata";

/** The manage page: only a person coming back through their link needs it. */
const loadManage = lazy(() => import("./mentoring-manage.js"));

declare module "../shared/events.js" {
  interface HearthEventMap {
    /** Signed up, changed answers, paused, resumed, withdrew or erased; no personal data. */
    "hearth-mentoring": CustomEvent<{
      personId: string;
      status: ManagedIntake["status"] | "erased";
    }>;
  }
}

const roles: readonly string[] = ["mentor", "learner"];

/**
 * A Language Friend season's intake: a mentor or a learner says, a few questions per screen, who
 * they are, the languages they speak, when they are free, how they can meet and what they like.
 * Given a person id and manage token, the same element is their own page: their answers and
 * partners, changing answers, pausing, withdrawing, downloading or erasing their data.
 *
 * @tag hearth-mentoring
 * On the manage page it reads `person` from the query string and `token` from the fragment (which
 * never reaches a server log) unless given as attributes.
 *
 * @fires hearth-mentoring - Signed up or changed. `detail.personId`, `detail.status`.
 * @fires hearth-error - Loading or sending failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart form - One screen's form.
 * @csspart label - Every label, legend and the week's caption.
 * @csspart input - Every input, select and text area.
 * @csspart button - Every button and button-like link.
 * @csspart status - The live regions: the step, and results.
 * @csspart error - Error messages, beside fields and for the whole form.
 * @csspart answers - The answers, before sending and on the manage page.
 * @csspart state - Active, paused or withdrawn (manage page).
 * @csspart partners - The partners once pairs are published (manage page).
 * @csspart my-data - Download or erase the person's data (manage page).
 *
 * @cssproperty --hearth-color-primary - Buttons, links, ticked times. Default #0b57d0.
 * @cssproperty --hearth-color-danger - Withdraw and erase, errors. Default #b3261e.
 * @cssproperty --hearth-color-border - Field borders and the week's lines. Default #8a8f96.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 */
export class HearthMentoring extends HearthElement {
  static override strings = strings;

  static override styles = mentoringStyles;

  static override properties: PropertyDeclarations = {
    org: {},
    season: {},
    as: {},
    person: {},
    token: {},
    alert: { state: true },
    announcement: { state: true },
    sent: { state: true },
    changed: { state: true },
    erased: { state: true },
    closed: { state: true },
  };

  /** Slug of the organisation running the season. */
  org = "";

  /** Id of the season to sign up for. */
  season = "";

  /**
   * `mentor` or `learner`; without it, the first screen asks. (Not `role`: that attribute is the
   * element's ARIA role, and "mentor" would be an invalid one for assistive technology.)
   */
  as = "";

  /** The person's id (manage page); read from `?person=` when empty. */
  person = "";

  /** Secret manage token; read from `#token=` when empty. */
  token = "";

  private alert = "";
  private announcement = "";
  private sent: IntakeResponse | undefined;
  /** The answers after a change on the manage page. */
  private changed: ManagedIntake | undefined;
  private erased = false;
  /** The intake closed while the person answered. */
  private closed = false;
  /** A sign-up's screens. */
  private stepper: IntakeStepper | undefined;
  private manage: MentoringManage | undefined;
  /** A retry of the same answers reuses their key. */
  private keys: AnswerKeys | undefined;
  /** When the form was first shown: the API refuses forms sent faster than people type. */
  private readonly openedAt = Date.now();

  private readonly seasonTask = new Task(this, {
    task: async ([org, season, person, lang, api], { signal }) => {
      if (person) return undefined;
      if (!org || !season) throw new ApiError(404, "not_found", "no season");
      return (await getSeason(org, season, lang, { api, signal })).season;
    },
    args: () =>
      [this.org, this.season, this.person, this.localize.requested, this.apiOverride] as const,
  });

  private readonly personTask = new Task(this, {
    task: async ([id, token, api], { signal }) => {
      if (!id) return undefined;
      if (!token) throw new ApiError(401, "unauthorized", "missing link");
      // The page's code comes beside the answers, not after them.
      const [{ person }, page] = await Promise.all([
        getMentoringPerson(id, token, { api, signal }),
        loadManage().catch(() => {
          throw new ApiError(0, "network", "network");
        }),
      ]);
      this.manage ??= new page.MentoringManage(this, this.localize, this.link, this.manageOutcomes);
      // The manage link carries no language; speak the one the person signed up in.
      if (!this.hasAttribute("lang")) this.lang = person.locale;
      return person;
    },
    args: () => [this.person, this.token, this.apiOverride] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const search = new URLSearchParams(location.search);
    if (!this.org && !this.season) this.person ||= search.get("person") ?? "";
    if (this.person) {
      this.token ||= new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
    }
  }

  private readonly link = () => ({ id: this.person, token: this.token, api: this.apiOverride });

  private get givenRole(): MentoringRole | "" {
    return roles.includes(this.as) ? (this.as as MentoringRole) : "";
  }

  private report(error: ApiError): void {
    this.emit("hearth-error", { status: error.status, code: error.code });
  }

  private readonly manageOutcomes: ManageOutcomes = {
    started: () => this.clearWords(),
    changed: (person, announcement) => {
      this.changed = person;
      this.announcement = announcement;
      this.emit("hearth-mentoring", { personId: person.id, status: person.status });
    },
    alert: (words, error) => {
      if (words) this.alert = words;
      if (error) this.report(error);
    },
    erased: () => {
      this.erased = true;
      this.announcement = this.localize.t("erased");
      this.emit("hearth-mentoring", { personId: this.person, status: "erased" });
    },
  };

  private clearWords(): void {
    this.alert = "";
    this.announcement = "";
  }

  private readonly intakeOutcomes: StepperOutcomes = {
    started: () => this.clearWords(),
    offline: () => void (this.alert = this.localize.t("errorNetwork")),
    cancel: () => undefined,
    send: async (draft, form, later) => {
      const body = later.intakeBody(
        draft,
        {
          locale: this.localize.requested,
          website: String(new FormData(form).get("website") ?? ""),
          fillMs: Date.now() - this.openedAt,
        },
        this.seasonTask.value?.questions ?? [],
      );
      this.keys ??= new later.AnswerKeys();
      // The time the form was open changes at every try; the answers are what the key stands for.
      const key = this.keys.keyFor({ ...body, fillMs: 0 });
      try {
        const options = { api: this.apiOverride };
        this.sent = await signUpForSeason(this.org, this.season, body, key, options);
        this.emit("hearth-mentoring", { personId: this.sent.person.id, status: "active" });
        await this.focusOn(".outcome");
        return {};
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        this.report(error);
        const refusal = later.intakeRefusalOf(error, this.seasonTask.value!, this.localize);
        this.alert = refusal.alert;
        this.closed ||= refusal.closed;
        return refusal.errors;
      }
    },
  };

  override render() {
    const regions = renderRegions(this.announcement, this.alert);
    if (!this.person) return this.renderBase(this.renderIntake(regions));
    if (this.erased) return this.renderBase(regions);
    return this.renderBase(
      this.personTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => (this.changed ? this.renderMine(regions) : renderLoading(this.localize)),
        complete: () => this.renderMine(regions),
        error: (error) => renderLoadError(this.localize, error, true, () => this.personTask.run()),
      }),
    );
  }

  private renderMine(regions: unknown) {
    const person = this.changed ?? this.personTask.value;
    if (!person || !this.manage) return renderLoading(this.localize);
    return this.manage.render(person, regions);
  }

  private renderIntake(regions: unknown) {
    return this.seasonTask.render({
      initial: () => renderLoading(this.localize),
      pending: () => renderLoading(this.localize),
      complete: (season) => (season ? this.renderSeason(season, regions) : nothing),
      error: (error) => renderLoadError(this.localize, error, false, () => this.seasonTask.run()),
    });
  }

  private renderSeason(loaded: PublicSeason, regions: unknown) {
    const season = this.closed ? { ...loaded, intakeOpen: false } : loaded;
    this.stepper ??= new IntakeStepper(
      this,
      this.localize,
      emptyDraft(this.givenRole),
      (draft) =>
        stepsFor(
          Boolean(this.givenRole),
          false,
          questionsForRole(season.questions, draft.role).length > 0,
        ),
      false,
      this.intakeOutcomes,
    );
    const intro = renderIntro(this.localize, season, this.stepper.draft.role);
    if (this.sent) return html`${intro} ${regions} ${this.stepper.renderSent(this.sent)}`;
    if (!season.intakeOpen) return html`${intro} ${regions}`;
    return html`${intro} ${regions} ${this.stepper.render(season)}`;
  }
}
