import type { PropertyDeclarations } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { html } from "../shared/fallback-text.js";
import type { ApplicationInput, ApplicationView } from "../../schema/contracts/festivals.js";
import { ApiError } from "../shared/api-client.js";
import { getEvent } from "../shared/events-api.js";
import {
  createApplication,
  eraseApplication,
  exportApplication,
  getApplication,
  submitApplication,
  updateApplication,
} from "../shared/festivals-api.js";
import { HearthElement } from "../shared/hearth-element.js";
import { lazy, prefetch } from "../shared/lazy.js";
import { AnswerKeys } from "../shared/idempotency-key.js";
import { PersonalDataController, personalDataStyles } from "../shared/personal-data.js";
import { acceptsSignUpsHere, renderSignUpElsewhere } from "../shared/signup-sites.js";
import { cookApplyStyles } from "./cook-apply.styles.js";
import type { StepContext } from "./cook-fields.js";
import { renderApplicationPage, renderLoadFailure } from "./cook-page.js";
import { renderReviewScreen } from "./cook-review.js";
import { renderStepScreen } from "./cook-step-screen.js";
import { cookRefusalOf } from "./refusal.js";
import type { Draft, DraftErrors } from "./draft.js";
import { emptyDish, emptyDraft, fromView, maxDishes, toInput } from "./draft.js";
import type { Screen, StepId } from "./steps.js";
import { resumeScreen, screens } from "./steps.js";
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

  static override styles = [...cookApplyStyles, personalDataStyles];

  static override properties: PropertyDeclarations = {
    org: {},
    festival: {},
    application: {},
    token: {},
    view: { state: true },
    draft: { state: true },
    screen: { state: true },
    errors: { state: true },
    alert: { state: true },
    notice: { state: true },
    manageUrl: { state: true },
    backToReview: { state: true },
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
  private draft: Draft = emptyDraft();
  private screen: Screen = "name";
  private errors: DraftErrors = {};
  private alert: string | undefined;
  private notice: string | undefined;
  private manageUrl: string | undefined;
  /** Opened from "Change" on the last screen: saving goes straight back there. */
  private backToReview = false;

  /** The application being edited, once it exists (from the manage link or the first save). */
  private session: { id: string; token: string } | undefined;
  /** A retry of the same answers reuses their key. */
  private readonly keys = new AnswerKeys();
  /** The API's own contract, to check each step before saving: loaded once someone starts answering. */
  private readonly checks = lazy(() => import("./draft-checks.js"));

  private readonly loadTask = new Task(this, {
    task: async ([id, token, api], { signal }) => {
      if (!id) return;
      if (!token) throw new ApiError(401, "unauthorized", "missing link");
      const { application } = await getApplication(id, token, { api, signal });
      // The manage link carries no language; speak the one the cook applied in.
      if (!this.hasAttribute("lang")) this.lang = application.locale;
      this.session = { id, token };
      this.accept(application);
      this.screen =
        application.status === "draft" && application.editable
          ? resumeScreen(this.draft)
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

  private readonly personalData = new PersonalDataController(this, this.localize, {
    exportData: () => exportApplication(this.session!.id, this.session!.token, this.options),
    fileName: () => "my-cook-application.json",
    erase: async () => {
      const { application } = await eraseApplication(
        this.session!.id,
        this.session!.token,
        this.options,
      );
      this.view = application;
      this.emit("hearth-erased", { applicationId: application.id });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
    },
    confirmKey: "eraseConfirmCook",
    onError: (error) => this.emit("hearth-error", { status: error.status, code: error.code }),
  });

  private readonly saveTask = new Task<[Screen], void>(this, {
    autoRun: false,
    task: async ([next]) => {
      const body = toInput(this.draft, this.localize.requested);
      try {
        const { application } = this.session
          ? await updateApplication(this.session.id, this.session.token, body, this.options)
          : await this.create(body);
        this.accept(application);
        await this.go(next);
      } catch (error) {
        await this.showFailure(error);
      }
    },
  });

  private readonly submitTask = new Task<[], void>(this, {
    autoRun: false,
    task: async () => {
      if (!this.session) return;
      try {
        const { application } = await submitApplication(
          this.session.id,
          this.session.token,
          this.options,
        );
        this.accept(application);
        this.notice = this.localize.t("cookSent");
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(".application-status h3")?.focus();
      } catch (error) {
        await this.showFailure(error);
      }
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.application ||= new URLSearchParams(location.search).get("application") ?? "";
    this.token ||= new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  }

  override render() {
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
    return renderApplicationPage(this.localize, {
      view: this.view,
      screen: this.screen,
      alert: this.alert,
      notice: this.notice,
      managing: Boolean(this.application),
      saved: Boolean(this.session),
      stepScreen: (screen) =>
        renderStepScreen(this.context, {
          screen,
          saving: this.saveTask.status === TaskStatus.PENDING,
          manageUrl: this.manageUrl,
          back: this.back,
          next: this.onNext,
          focus: prefetch(this.checks),
        }),
      reviewScreen: (editable) => this.renderReviewScreen(editable),
      personalData: () => this.personalData.render(3),
    });
  }

  private renderReviewScreen(editable: boolean) {
    return renderReviewScreen(this.localize, {
      draft: this.draft,
      editable,
      canSend: editable && this.view?.status === "draft",
      sending: this.submitTask.status === TaskStatus.PENDING,
      manageUrl: this.manageUrl,
      change: this.change,
      back: this.back,
      send: () => void this.submitTask.run([]),
    });
  }

  private get context(): StepContext {
    return {
      localize: this.localize,
      draft: this.draft,
      errors: this.errors,
      retentionDays:
        this.view?.festival.retentionDays ?? this.festivalTask.value?.event.retentionDays ?? 0,
      edit: (patch) => (this.draft = { ...this.draft, ...patch }),
      editDish: (index, patch) =>
        (this.draft = {
          ...this.draft,
          dishes: this.draft.dishes.map((dish, i) => (i === index ? { ...dish, ...patch } : dish)),
        }),
      addDish: () => void this.addDish(),
      removeDish: (index) => void this.removeDish(index),
    };
  }

  private get options() {
    return { api: this.apiOverride };
  }

  private accept(application: ApplicationView): void {
    this.view = application;
    this.draft = fromView(application);
  }

  private async create(body: ApplicationInput) {
    const response = await createApplication(
      this.org,
      this.festival,
      body,
      this.keys.keyFor(body),
      this.options,
    );
    const token = new URLSearchParams(
      new URL(response.manageUrl ?? "", location.href).hash.slice(1),
    ).get("token");
    if (token) this.session = { id: response.application.id, token };
    this.manageUrl = response.manageUrl;
    return response;
  }

  private async go(screen: Screen): Promise<void> {
    this.screen = screen;
    this.errors = {};
    this.alert = undefined;
    this.notice = undefined;
    if (screen === "review") this.backToReview = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".step-title")?.focus();
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
    const checks = await this.checks().catch(() => null);
    if (this.saveTask.status === TaskStatus.PENDING) return;
    if (!checks) {
      this.alert = this.localize.t("errorNetwork");
      return;
    }
    this.errors = checks.checkStep(this.screen, this.draft);
    this.alert = undefined;
    if (Object.keys(this.errors).length > 0) {
      this.alert = this.localize.t("formHasErrors");
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const next = this.backToReview ? "review" : screens[screens.indexOf(this.screen) + 1]!;
    await this.saveTask.run([next]);
  };

  private async addDish(): Promise<void> {
    if (this.draft.dishes.length >= maxDishes) return;
    this.draft = { ...this.draft, dishes: [...this.draft.dishes, emptyDish()] };
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`#dish-${this.draft.dishes.length - 1}-name`)
      ?.focus();
  }

  private async removeDish(index: number): Promise<void> {
    this.draft = { ...this.draft, dishes: this.draft.dishes.filter((_, i) => i !== index) };
    // Error paths name dishes by position, which has just shifted.
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".add, .step-title")?.focus();
  }

  private async showFailure(error: unknown): Promise<void> {
    if (!(error instanceof ApiError)) throw error;
    this.emit("hearth-error", { status: error.status, code: error.code });
    const refusal = cookRefusalOf(error, this.localize);
    if (refusal.closed && this.view) this.view = { ...this.view, editable: false };
    if (refusal.step) {
      await this.go(refusal.step.id);
      this.errors = refusal.step.errors;
    }
    this.alert = refusal.alert;
  }
}
