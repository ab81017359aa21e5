import type { PropertyDeclarations } from "lit";
import { nothing } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { html } from "../shared/fallback-text.js";
import type { ApplicationInput, ApplicationView } from "../../schema/contracts/festivals.js";
import { ApiError } from "../shared/api-client.js";
import { getEvent } from "../shared/events-api.js";
import {
  createApplication,
  getApplication,
  submitApplication,
  updateApplication,
} from "../shared/festivals-api.js";
import { HearthElement } from "../shared/hearth-element.js";
import { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import type { AnswerKeys } from "../shared/idempotency-key.js";
import { acceptsSignUpsHere, renderSignUpElsewhere } from "../shared/signup-sites.js";
import { cookApplyStyles } from "./cook-apply.styles.js";
import type { StepContext } from "./cook-fields.js";
import { nameStep } from "./cook-name-step.js";
import { renderApplicationPage, renderLoadFailure } from "./cook-page.js";
import { renderStepScreen } from "./cook-step-screen.js";
import { DraftEditor } from "./draft-editor.js";
import type { Later } from "./cook-later-code.js";
import { CookLaterCode } from "./cook-later-code.js";
import { FirstScreenStep } from "./first-screen-step.js";
import type { Screen, StepId } from "../../schema/rules/cook-steps.js";
import { screens } from "../../schema/rules/cook-steps.js";
import { manageTokenIn } from "../../schema/rules/manage-link.js";
import strings from "virtual:hearth-strings/common+cook+food+form+mydata";

/**
 * A cook's application to a food festival, one short question per screen, saved at every step.
 * Opened from the manage link (`?application=` and `#token=`), it resumes at the first question
 * still unanswered and shows where the application stands, with the cook's own data to download
 * or erase.
 *
 * @tag hearth-cook-apply
 *
 * @fires hearth-erased - The cook erased their data. `detail.applicationId`.
 * @fires hearth-error - Loading, saving or sending failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart progress - The steps, the current one marked with `aria-current="step"`.
 * @csspart status - The live region saying which step this is, and that the application was sent.
 * @csspart form - One step's form.
 * @csspart label - Every label and legend.
 * @csspart input - Every input and text area.
 * @csspart button - Every button and button-like link.
 * @csspart review - The answers on the last screen.
 * @csspart application-status - Where the application stands: sent, approved, stall…
 * @csspart keep-link - The manage link to come back later.
 * @csspart my-data - Download or erase the cook's data (once the application exists).
 * @csspart error - Error messages.
 *
 * @cssproperty --hearth-color-primary - Buttons, links and the progress bar. Default #0b57d0.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-muted - Hints. Default #4a4f55.
 * @cssproperty --hearth-color-surface - Field background. Default #ffffff.
 * @cssproperty --hearth-color-border - Field borders. Default #8a8f96.
 * @cssproperty --hearth-color-danger - Errors. Default #b3261e.
 * @cssproperty --hearth-color-success - Approved. Default #146c2e.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 * @cssproperty --hearth-font-family - Font. Default system-ui.
 */
export class HearthCookApply extends HearthElement {
  static override strings = strings;

  static override styles = cookApplyStyles;

  static override properties: PropertyDeclarations = {
    org: {},
    festival: {},
    application: {},
    token: {},
    view: { state: true },
    screen: { state: true },
    alert: { state: true },
    notice: { state: true },
    manageUrl: { state: true },
    backToReview: { state: true },
    waiting: { state: true },
  };

  /** Slug of the organisation running the festival. */
  org = "";

  /** Id of the festival (an event of kind "festival"). */
  festival = "";

  /** Id of an application to resume; read from `?application=` when empty. */
  application = "";

  /** Secret manage token; read from `#token=` when empty. */
  token = "";

  private view: ApplicationView | undefined;
  private screen: Screen = "name";
  /** The answers being edited, and what is wrong with them. */
  private readonly editor = new DraftEditor(this, this.localize);
  private alert: string | undefined;
  private notice: string | undefined;
  private manageUrl: string | undefined;
  /** Opened from "Change" on the last screen: saving goes straight back there. */
  private backToReview = false;
  /** "Next" waits for the code the save and the next screen need. */
  private waiting = false;

  /** The application being edited, once it exists (from the manage link or the first save). */
  private session: { id: string; token: string } | undefined;
  /** A retry of the same answers reuses their key (with the code for the later steps). */
  private keys: AnswerKeys | undefined;
  /** Everything after the first question: loaded once the cook starts answering. */
  private readonly laterCode = new CookLaterCode(this, this.localize, (later) =>
    later.cookData(this, this.localize, () => ({ ...this.session!, api: this.apiOverride }), {
      erased: (application) => {
        this.view = application;
        this.emit("hearth-erased", { applicationId: application.id });
      },
      failed: (error) => this.emit("hearth-error", { status: error.status, code: error.code }),
    }),
  );

  private readonly loadTask = new Task(this, {
    task: async ([id, token, api], { signal }) => {
      if (!id) return;
      if (!token) throw new ApiError(401, "unauthorized", "missing link");
      const [{ application }, later] = await this.laterCode.besides(
        getApplication(id, token, { api, signal }),
      );
      // The manage link carries no language; speak the one the cook applied in.
      if (!this.hasAttribute("lang")) this.lang = application.locale;
      this.session = { id, token };
      this.accept(application, later);
      this.screen =
        application.status === "draft" && application.editable
          ? later.resumeScreen(this.editor.draft)
          : "review";
    },
    args: () => [this.application, this.token, this.apiOverride] as const,
  });

  /** A new application's festival, for how long the organisers keep a cook's data. */
  private readonly festivalTask = new Task(this, {
    task: async ([org, festival, application, lang, api], { signal }) => {
      if (application) return undefined;
      if (!org || !festival) throw new ApiError(404, "not_found", "no festival");
      const response = await getEvent(org, festival, lang, { api, signal });
      this.localize.organisationLocale = response.defaultLocale;
      return { event: response.event, sites: response };
    },
    args: () =>
      [
        this.org,
        this.festival,
        this.application,
        this.localize.requested,
        this.apiOverride,
      ] as const,
  });

  private readonly saveTask = new Task<[Screen, Later], void>(this, {
    autoRun: false,
    task: async ([next, later]) => {
      const body = later.toInput(this.editor.draft, this.localize.requested);
      try {
        const { application } = this.session
          ? await updateApplication(this.session.id, this.session.token, body, this.options)
          : await this.create(body, later);
        this.accept(application, later);
        await this.go(next);
      } catch (error) {
        await this.showFailure(error, later);
      }
    },
  });

  private readonly submitTask = new Task<[Later], void>(this, {
    autoRun: false,
    task: async ([later]) => {
      if (!this.session) return;
      try {
        const { application } = await submitApplication(
          this.session.id,
          this.session.token,
          this.options,
        );
        this.accept(application, later);
        this.notice = this.localize.t("cookSent");
        await this.focusOn(".application-status h3");
      } catch (error) {
        await this.showFailure(error, later);
      }
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.application ||= new URLSearchParams(location.search).get("application") ?? "";
    this.token ||= new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  }

  /**
   * The worker's drawing of a new cook's first step, which embed.js may have shown while this code
   * loaded: it stands until the widget has the festival, then hands over what was typed and
   * whether Next was pressed.
   */
  private readonly firstScreen: FirstScreenHandover = new FirstScreenHandover(
    this,
    () =>
      (this.festivalTask.status === TaskStatus.COMPLETE ||
        this.festivalTask.status === TaskStatus.ERROR) &&
      this.firstScreenStep.ready,
    ({ submitted }) => {
      if (submitted) this.renderRoot.querySelector("form")?.requestSubmit();
    },
  );

  /** A step the cook went on to on the worker's first screens, which the widget carries on at. */
  private readonly firstScreenStep: FirstScreenStep = new FirstScreenStep(
    () => this.firstScreen,
    async ({ id, token }) => {
      const [{ application }, later] = await this.laterCode.besides(
        getApplication(id, token, this.options),
      );
      return { application, later };
    },
    (step) => {
      this.session = step.session;
      this.manageUrl = step.manageUrl ?? this.manageUrl;
      this.accept(step.application, step.later);
      this.screen = step.screen;
      this.backToReview = step.backToReview;
      if (step.application.status !== "draft") this.notice = this.localize.t("cookSent");
    },
    // Not read (a dropped connection): the cook's answers are saved; the manage link opens them.
    (error) =>
      (this.alert = this.localize.t(error instanceof ApiError ? "badLink" : "errorNetwork")),
    () => this.requestUpdate(),
  );

  override render() {
    if (this.firstScreen.waiting) return nothing;
    const states = {
      pending: () => html`<p part="status" role="status">${this.localize.t("loading")}</p>`,
      complete: () => {
        const sites = this.festivalTask.value?.sites;
        // A new application from a website the organisers did not allow could never be sent.
        return !this.application && sites && !acceptsSignUpsHere(sites)
          ? renderSignUpElsewhere(this.localize, sites)
          : this.renderApplication();
      },
      error: (error: unknown) => renderLoadFailure(this.localize, error, Boolean(this.application)),
    };
    return this.renderBase(
      this.application ? this.loadTask.render(states) : this.festivalTask.render(states),
    );
  }

  private renderApplication() {
    const { later, personalData } = this.laterCode;
    // A screen after the first opens only once `later` is here (loadTask, onNext).
    return renderApplicationPage(this.localize, {
      view: this.view,
      screen: this.screen,
      alert: this.alert,
      notice: this.notice,
      managing: Boolean(this.application),
      saved: Boolean(this.session),
      stepScreen: (screen) =>
        renderStepScreen(this.localize, {
          screen,
          lead:
            screen === "contact" ? later?.renderKeepLink(this.localize, this.manageUrl) : nothing,
          fields:
            screen === "name"
              ? nameStep(this.context)
              : (later?.laterSteps[screen](this.context) ?? nothing),
          saving: this.waiting || this.saveTask.status === TaskStatus.PENDING,
          back: this.back,
          next: this.onNext,
          focus: this.laterCode.prefetch,
        }),
      reviewScreen: (editable) => (later ? this.renderReviewScreen(later, editable) : nothing),
      status: (view) => later?.renderStatus(view, this.localize) ?? nothing,
      personalData: () => personalData?.render(3) ?? nothing,
    });
  }

  private renderReviewScreen(later: Later, editable: boolean) {
    return later.renderReviewScreen(this.localize, {
      draft: this.editor.draft,
      editable,
      canSend: editable && this.view?.status === "draft",
      sending: this.submitTask.status === TaskStatus.PENDING,
      manageUrl: this.manageUrl,
      change: this.change,
      back: this.back,
      send: () => void this.submitTask.run([later]),
    });
  }

  private get context(): StepContext {
    const retentionDays =
      this.view?.festival.retentionDays ?? this.festivalTask.value?.event.retentionDays ?? 0;
    return this.editor.context(retentionDays);
  }

  private get options() {
    return { api: this.apiOverride };
  }

  private accept(application: ApplicationView, later: Later): void {
    this.view = application;
    this.editor.draft = later.fromView(application);
  }

  private async create(body: ApplicationInput, later: Later) {
    this.keys ??= new later.AnswerKeys();
    const response = await createApplication(
      this.org,
      this.festival,
      body,
      this.keys.keyFor(body),
      this.options,
    );
    const token = manageTokenIn(response.manageUrl, location.href);
    if (token) this.session = { id: response.application.id, token };
    this.manageUrl = response.manageUrl;
    return response;
  }

  private async go(screen: Screen): Promise<void> {
    this.screen = screen;
    this.editor.errors = {};
    this.alert = undefined;
    this.notice = undefined;
    if (screen === "review") this.backToReview = false;
    await this.focusOn(".step-title");
  }

  private readonly back = () => {
    const index = screens.indexOf(this.screen);
    this.backToReview = false;
    void this.go(screens[Math.max(0, index - 1)]!);
  };

  private readonly change = (step: StepId) => {
    void this.go(step).then(() => (this.backToReview = true));
  };

  private readonly onNext = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.screen === "review") return;
    const code = await this.readyToSave();
    if (this.saveTask.status === TaskStatus.PENDING) return;
    if (!code) {
      this.alert = this.localize.t("errorNetwork");
      return;
    }
    const [checks, later] = code;
    this.editor.errors = checks.checkStep(this.screen, this.editor.draft);
    this.alert = undefined;
    if (Object.keys(this.editor.errors).length > 0) {
      this.alert = this.localize.t("formHasErrors");
      await this.focusOn('[aria-invalid="true"]');
      return;
    }
    const next = this.backToReview ? "review" : screens[screens.indexOf(this.screen) + 1]!;
    await this.saveTask.run([next, later]);
  };

  /**
   * Waits for what a save needs, before anything is saved: the contract's checks and the code
   * of the screens after it. `null` when it could not be fetched.
   */
  private async readyToSave() {
    this.waiting = true;
    try {
      return await this.laterCode.forSaving();
    } catch {
      return null;
    } finally {
      this.waiting = false;
    }
  }

  private async showFailure(error: unknown, later: Later): Promise<void> {
    if (!(error instanceof ApiError)) throw error;
    this.emit("hearth-error", { status: error.status, code: error.code });
    const refusal = later.cookRefusalOf(error, this.localize);
    if (refusal.closed && this.view) this.view = { ...this.view, editable: false };
    if (refusal.step) {
      await this.go(refusal.step.id);
      this.editor.errors = refusal.step.errors;
    }
    this.alert = refusal.alert;
  }
}
