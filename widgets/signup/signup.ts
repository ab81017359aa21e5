import type { PropertyDeclarations } from "lit";
import { directionOf } from "../../i18n/languages.js";
import { Task, TaskStatus } from "../shared/task.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { errorRegion, statusRegion } from "../shared/live-regions.js";
import type { PublicEvent, SignUpSites } from "../../schema/contracts/events.js";
import type { SignUpBody, SignUpResponse } from "../../schema/contracts/registrations.js";
import { ApiError } from "../shared/api-client.js";
import { getEvent } from "../shared/events-api.js";
import { signUp } from "../shared/registrations-api.js";
import type { ErrorMessage } from "../shared/error-message.js";
import { errorMessage, errorMessageKey } from "../shared/error-message.js";
import { HearthElement } from "../shared/hearth-element.js";
import { lazy } from "../shared/lazy.js";
import { FallbackContent } from "../shared/fallback-content.js";
import { renderRegistrationResult } from "../shared/registration-result.js";
import { AnswerKeys } from "../shared/idempotency-key.js";
import { acceptsSignUpsHere, renderSignUpElsewhere } from "../shared/signup-sites.js";
import { renderSignupForm } from "./signup-form.js";
import { waitlistState } from "./signup-waitlist.js";
import { signupStyles } from "./signup.styles.js";
import type { FieldErrors } from "./answers.js";
import { formOrder, fromServerFields, readAnswers, toBody } from "./answers.js";
import { answerField } from "./asked-questions.js";
import { questionsFor } from "../../schema/rules/questions-asked.js";
import { QuestionsController } from "./questions-controller.js";
import { SeriesChoice } from "./series-choice.js";
import type { FirstScreenActions } from "../shared/first-screen-takeover.js";
import { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import type { SeriesSignup, SignedUp } from "./series-signup.js";
import strings from "virtual:hearth-strings/common+signup+form";

type Registration = SignUpResponse["registration"];

/**
 * The sign-up form for one event.
 *
 * @tag hearth-signup
 *
 * @fires hearth-registered - The sign-up was saved (once per date when every date of a series was
 *   chosen). `detail.eventId`; `detail.registration` holds status and links.
 * @fires hearth-error - Loading the event or sending the form failed. `detail.status`, `detail.code`.
 *
 * @slot - Shown until the event has loaded, instead of the widget when it cannot load, and for good
 *   when the reader has started on it by then: a plain form that works without the widget (an
 *   event's own page puts its server-rendered form here).
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart form - The form.
 * @csspart label - Every label and legend.
 * @csspart input - Every input and text area.
 * @csspart button - The submit button and the links after sign-up.
 * @csspart status - The live region announcing the result.
 * @csspart error - Error messages, beside fields and for the whole form.
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-surface - Field background. Default #ffffff.
 * @cssproperty --hearth-color-border - Field borders. Default #8a8f96.
 * @cssproperty --hearth-color-danger - Error text. Default #b3261e.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 * @cssproperty --hearth-font-family - Font. Default system-ui.
 */
export class HearthSignup extends HearthElement {
  static override strings = strings;

  static override styles = signupStyles;

  static override properties: PropertyDeclarations = {
    org: {},
    event: {},
    noHeader: { type: Boolean, attribute: "no-header" },
    eventData: { attribute: false },
    catalogueSites: { attribute: false },
    errors: { state: true },
    formError: { state: true },
    registration: { state: true },
    emailGiven: { state: true },
    sites: { state: true },
    chosenSlotId: { state: true },
  };

  /** Slug of the organisation running the event. */
  org = "";

  /** Id of the event to sign up for. */
  event = "";

  /**
   * The page around the widget already shows the event and a sign-up heading (an event's own
   * page): the widget leaves out its header (title and date) and its form's heading.
   */
  noHeader = false;

  /**
   * The event, when the page already has it (as `<hearth-events>` does): the form shows at once,
   * and its places are refreshed from the server meanwhile.
   */
  eventData: PublicEvent | undefined;

  /**
   * Where the catalogue the form sits in takes sign-ups (a network's, as `<hearth-events network>`
   * passes it): its websites may send this sign-up too, and a reader on any other is sent to its
   * page on Hearth.
   */
  catalogueSites: SignUpSites | undefined;

  private errors: FieldErrors = {};
  private formError: ErrorMessage | undefined;
  private registration: Registration | undefined;
  /** Whether the person gave an email, so the confirmation can say if one is on its way. */
  private emailGiven = false;
  /** Where the organisation takes sign-ups, from the server's answer. */
  private sites: SignUpSites | undefined;
  /** The time chosen on the form, to say before sending what will happen (a place or the waitlist). */
  private chosenSlotId: string | undefined;

  private shownAt = 0;
  /** A retry of the same answers reuses their key. */
  private readonly keys = new AnswerKeys();
  private readonly fallback = new FallbackContent(this);
  /** The API's own contract, to check answers before sending: loaded once someone starts answering. */
  private readonly checks = lazy(() => import("./validate.js"));
  /** Signing up for every date of a series: loaded only for a series whose organisers allow it. */
  private readonly seriesChoice = new SeriesChoice(this, this.localize);
  /** The organisers' own questions: their code loads only for an event that asks some. */
  private readonly questions = new QuestionsController(
    this,
    this.localize,
    () => this.shownEvent?.questions ?? [],
  );

  /** The event with its places as they are now; run again after every answer from the server. */
  private readonly eventTask = new Task(this, {
    task: async ([org, eventId, lang, api], { signal }) => {
      const response = await getEvent(org, eventId, lang, { api, signal, fresh: true });
      this.localize.organisationLocale = response.defaultLocale;
      this.sites = response;
      return response.event;
    },
    args: () => [this.org, this.event, this.localize.requested, this.apiOverride] as const,
  });

  /**
   * The worker's drawing of this form, which embed.js may have shown while this code loaded: it
   * stands until the form is drawn with its questions, then hands over what was typed and sent.
   */
  private readonly firstScreen = new FirstScreenHandover(
    this,
    () =>
      (this.eventTask.status === TaskStatus.COMPLETE && this.drawnWhole) ||
      this.eventTask.status === TaskStatus.ERROR,
    (actions) => this.carryOn(actions),
    // A sign-up the first screen sent itself and the worker booked: the widget's own from now on,
    // drawn as its own before it takes the screen over (the host page heard `hearth-registered`
    // when it was booked, from `first-screen-send.ts`).
    (booked) => {
      if (!("registration" in booked)) return;
      this.registration = booked.registration;
      this.emailGiven = booked.emailGiven;
    },
  );

  private readonly submitTask = new Task<[PublicEvent, SignUpBody, string, boolean], void>(this, {
    autoRun: false,
    task: async ([event, body, key, everyDate]) => {
      try {
        const signedUp =
          everyDate && this.series
            ? await this.series.signUp(this.org, event, body, key, this.apiOverride)
            : [await this.signUpOnce(event, body, key)];
        this.emailGiven = Boolean(body.email);
        void this.eventTask.run();
        for (const detail of signedUp) this.emit("hearth-registered", detail);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(".result-title")?.focus();
      } catch (error) {
        await this.showFailure(error, event, body.slotId);
      }
    },
  });

  private get series(): SeriesSignup | undefined {
    return this.seriesChoice.signup;
  }

  /** The form as the first screen drew it: the questions and a series' choice of dates in place. */
  private get drawnWhole(): boolean {
    return this.questions.settled && this.seriesChoice.settled(this.shownEvent);
  }

  /** The freshest copy: the server's once it answered, the page's until then. */
  private get shownEvent(): PublicEvent | undefined {
    return this.eventTask.value ?? (this.eventData?.id === this.event ? this.eventData : undefined);
  }

  private async signUpOnce(event: PublicEvent, body: SignUpBody, key: string): Promise<SignedUp> {
    const { registration } = await signUp(this.org, event.id, body, key, { api: this.apiOverride });
    this.registration = registration;
    return { eventId: event.id, registration };
  }

  override willUpdate(): void {
    const shown = this.shownEvent;
    this.fallback.decide(shown !== undefined);
    // The too-fast check measures from the moment the form could first be seen.
    if (!this.shownAt && shown) this.shownAt = performance.now();
    this.seriesChoice.load(shown);
  }

  override render() {
    if (this.firstScreen.waiting) return nothing;
    if (this.fallback.shown) return html`<slot></slot>`;
    const shown = this.shownEvent;
    if (shown) return this.renderBase(this.renderEvent(shown));
    return this.renderBase(
      this.eventTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        complete: (event) => this.renderEvent(event),
        error: (error) =>
          html`<div part="error" class="error-box" role="alert">
            <p>${this.localize.t(errorMessageKey(error))}</p>
            <button
              type="button"
              part="button"
              class="button"
              @click=${() => void this.eventTask.run()}
            >
              ${this.localize.t("retry")}
            </button>
          </div>`,
      }),
    );
  }

  private renderLoading() {
    return html`<p part="status" role="status">${this.localize.t("loading")}</p>`;
  }

  private renderEvent(event: PublicEvent) {
    const open = event.signupOpen && event.status === "published";
    return html`${
      this.eventData || this.noHeader
        ? nothing
        : html`<header class="event">
            <h2 lang=${event.langs.title} dir=${directionOf(event.langs.title)}>${event.title}</h2>
            <p>${this.localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}</p>
          </header>`
    }
    ${statusRegion(this.renderResult(event))} ${errorRegion(this.localize, this.formError)}
    ${
      this.registration || this.series?.registrations
        ? nothing
        : !open
          ? html`<p>${this.localize.t("errorClosed")}</p>`
          : this.sites &&
              !acceptsSignUpsHere(this.sites) &&
              !acceptsSignUpsHere(this.catalogueSites ?? this.sites)
            ? renderSignUpElsewhere(this.localize, this.catalogueSites ?? this.sites)
            : this.renderForm(event)
    }`;
  }

  private renderForm(event: PublicEvent) {
    const everyDate = this.series?.every === true;
    return renderSignupForm(this.localize, event, {
      errors: this.errors,
      questions: this.questions.render(questionsFor(event, this.chosenSlotId), this.errors),
      sending: this.submitTask.status === TaskStatus.PENDING,
      waitlist: everyDate ? null : waitlistState(event, this.chosenSlotId),
      dates: this.series?.renderChoice(event, () => void this.sendForThisDate(event)),
      everyDate,
      heading: !this.noHeader,
      submit: (e) => this.onSubmit(e, event),
      focus: this.startedAnswering,
      change: this.onChange,
    });
  }

  /**
   * After the first screen: the person could start when it showed; a form they sent is sent now
   * (one the worker refused shows its refusal, as the widget words it, for them to fix).
   */
  private carryOn({ shownAt, submitted, outcome }: FirstScreenActions): void {
    if (shownAt !== undefined) this.shownAt = shownAt;
    if (submitted) this.renderRoot.querySelector("form")?.requestSubmit();
    const event = this.shownEvent;
    if (outcome && "error" in outcome && event) {
      this.showRefusal(ApiError.from(outcome.status, outcome), event);
    }
  }

  /** Someone started answering: the checks load now, to be here when they send. */
  private readonly startedAnswering = (): void => {
    // A failure shows when they send, which tries again.
    this.checks().catch(() => undefined);
    this.questions.prefetchAnswers();
  };

  private readonly onChange = (change: Event): void => {
    const input = change.target as HTMLInputElement;
    if (input.name === "slotId") this.chosenSlotId = input.value;
  };

  private renderResult(event: PublicEvent) {
    if (this.series?.registrations) return this.series.renderResult(event, this.emailGiven);
    if (!this.registration) return nothing;
    return renderRegistrationResult(this.registration, this.localize, {
      confirmedLabel: "confirmed",
      emailGiven: this.emailGiven,
      headingLevel: 3,
    });
  }

  private async onSubmit(submit: SubmitEvent, event: PublicEvent): Promise<void> {
    submit.preventDefault();
    const form = submit.currentTarget as HTMLFormElement;
    const [checks, seen] = await Promise.all([this.checks(), this.questions.ready()]).catch(
      () => [null, false] as const,
    );
    if (this.submitTask.status === TaskStatus.PENDING) return;
    if (!checks) {
      this.formError = "errorNetwork";
      return;
    }
    const everyDate = this.series?.every === true;
    const read = readAnswers(form, (slotId) =>
      this.questions.read(form, questionsFor(event, slotId)),
    );
    const answers = everyDate && this.series ? this.series.forEveryDate(read, event) : read;
    const asked = questionsFor(event, answers.slotId);
    this.errors = {
      ...checks.validate(answers, event),
      ...this.questions.check(asked, answers.questions),
    };
    this.formError = undefined;
    if (Object.keys(this.errors).length > 0) {
      this.formError = "formHasErrors";
      await this.focusFirstInvalid(formOrder(asked), this.errors);
      return;
    }
    // Sent before the questions arrived, the form shows them first: nobody sends them unseen.
    const [firstAsked] = asked;
    if (!seen && firstAsked) {
      await this.focusOn(`[name="${answerField(firstAsked)}"]`);
      return;
    }
    const website = String(new FormData(form).get("website") ?? "");
    const body = toBody(
      answers,
      this.localize.requested,
      website,
      performance.now() - this.shownAt,
    );
    const key = this.keys.keyFor({ answers, everyDate });
    await this.submitTask.run([event, body, key, everyDate]);
  }

  /** After every date was refused for a full one: the same answers, for this date alone. */
  private async sendForThisDate(event: PublicEvent): Promise<void> {
    await this.updateComplete;
    // Where this date itself is full, sending joins its waitlist: the form says so first.
    if (waitlistState(event, this.chosenSlotId)) await this.focusOn(".submit");
    else this.renderRoot.querySelector("form")?.requestSubmit();
  }

  private async showFailure(error: unknown, event: PublicEvent, slotId: string): Promise<void> {
    if (!(error instanceof ApiError)) throw error;
    this.emit("hearth-error", { status: error.status, code: error.code });
    // A refusal (a full time, a closed event) often means the places changed: show them as they are.
    void this.eventTask.run();
    if (this.series?.refusedFull(error)) {
      this.errors = {};
      this.formError = undefined;
      await this.focusOn(".series-only");
      return;
    }
    this.showRefusal(error, event);
    await this.focusFirstInvalid(formOrder(questionsFor(event, slotId)), this.errors);
  }

  /** The API's refusal on the form: each field's words beside it, or why above it. */
  private showRefusal(error: ApiError, event: PublicEvent): void {
    this.errors =
      error.code === "party_too_large"
        ? { adults: "errorPartyTooLarge" }
        : {
            ...fromServerFields(error.fields),
            ...this.questions.serverErrors(error, event.questions),
          };
    if ("fillMs" in error.fields) this.formError = "errorTooFast";
    else if (Object.keys(this.errors).length > 0) this.formError = "formHasErrors";
    else this.formError = errorMessage(error);
  }
}
