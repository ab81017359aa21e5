import type { PropertyDeclarations } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { errorRegion, statusRegion } from "../shared/live-regions.js";
import type { PublicEvent, SignUpSites } from "../../schema/contracts/events.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import type { SignUpBody, SignUpResponse } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";
import { ApiError } from "../shared/api-client.js";
import { getEvent } from "../shared/events-api.js";
import { signUp } from "../shared/registrations-api.js";
import type { ErrorMessage } from "../shared/error-message.js";
import { errorMessage } from "../shared/error-message.js";
import { HearthElement } from "../shared/hearth-element.js";
import { renderRegistrationResult } from "../shared/registration-result.js";
import { AnswerKeys } from "../shared/idempotency-key.js";
import { acceptsSignUpsHere, renderSignUpElsewhere } from "../shared/signup-sites.js";
import type { FieldOptions } from "../signup/signup-fields.js";
import { renderField } from "../signup/signup-fields.js";
import { answerField } from "../signup/asked-questions.js";
import { QuestionsController } from "../signup/questions-controller.js";
import { renderConsent } from "./visit-fields.js";
import type { FirstScreenActions } from "../shared/first-screen-takeover.js";
import { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import { visitFormStyles } from "./visit-form.styles.js";
import type { Audience } from "../../schema/rules/visit-ways.js";
import { wayQuestions } from "../../schema/rules/visit-ways.js";
import type { Checked, VisitErrors, VisitField } from "./visit-validate.js";
import { fromServerFields, visitFields } from "./visit-validate.js";
import strings from "virtual:hearth-strings/common+visits+form";

type Registration = SignUpResponse["registration"];

/**
 * What the three visit sign-up forms share: sending with an idempotency key, errors beside
 * fields, the organisers' own questions for the form's people, the bot checks, and the
 * live-region confirmation. Each form adds its own fields.
 *
 * @fires hearth-registered - The sign-up was saved. `detail.registration` holds status and links.
 * @fires hearth-error - Sending failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart form - The form.
 * @csspart label - Every label and legend.
 * @csspart input - Every input, select and text area.
 * @csspart button - The submit button and the links after sign-up.
 * @csspart status - The live region announcing the result.
 * @csspart error - Error messages, beside fields and for the whole form.
 */
export abstract class HearthVisitForm extends HearthElement {
  static override strings = strings;

  static override styles = visitFormStyles;

  static override properties: PropertyDeclarations = {
    org: {},
    visit: { attribute: false },
    errors: { state: true },
    formError: { state: true },
    registration: { state: true },
    emailGiven: { state: true },
    sites: { state: true },
  };

  /** Slug of the organisation running the visit. */
  org = "";

  /** The visit to sign up for. */
  visit: PublicEvent | undefined;

  protected errors: VisitErrors = {};
  private formError: ErrorMessage | undefined;
  private registration: Registration | undefined;
  private emailGiven = false;
  /** Where the organisation takes sign-ups, from the server's answer. */
  private sites: SignUpSites | undefined;

  /** Words on the submit button and the heading of a confirmed sign-up. */
  protected abstract readonly submitLabel: MessageKey;
  protected abstract readonly confirmedLabel: MessageKey;
  /** Whose places the form takes: it asks the questions for them and those for everyone. */
  protected abstract readonly audience: Audience;

  /** When the form could first be seen (the worker's first screen of it, if it showed first). */
  private shownAt = performance.now();
  /** A retry of the same answers reuses their key. */
  private readonly keys = new AnswerKeys();
  /** The organisers' questions for this form's people: their code loads only if there are any. */
  private readonly questions = new QuestionsController(this, this.localize, () =>
    this.current ? this.questionsOf(this.current) : [],
  );

  /**
   * The worker's drawing of this form (on a visit opened on the visits list's first screen),
   * which the first screen showed while this code loaded: it stands until the form is drawn with
   * its questions, then hands over what was typed, chosen, sent or booked there.
   */
  private readonly firstScreen = new FirstScreenHandover(
    this,
    () => this.current !== undefined && this.questions.settled,
    (actions) => this.carryOn(actions),
    // Booked by the first screen's own send: the form's own booking from now on (the host page
    // heard `hearth-registered` when it was booked, from `first-screen-send.ts`).
    (booked) => {
      if (!("registration" in booked)) return;
      this.registration = booked.registration;
      this.emailGiven = booked.emailGiven;
    },
  );

  /** The visit's places as they are now: asked for when the form opens and after every answer. */
  private readonly placesTask = new Task(this, {
    task: async ([org, id, lang, api], { signal }) => {
      if (!org || !id) return undefined;
      const response = await getEvent(org, id, lang, { api, signal, fresh: true });
      this.sites = response;
      return response.event;
    },
    args: () => [this.org, this.visit?.id, this.localize.requested, this.apiOverride] as const,
  });

  /** The freshest copy of the visit: the server's once it answered, the list's until then. */
  protected get current(): PublicEvent | undefined {
    const fresh = this.placesTask.value;
    return fresh && fresh.id === this.visit?.id ? fresh : this.visit;
  }

  private readonly submitTask = new Task<[PublicEvent, SignUpBody, string], void>(this, {
    autoRun: false,
    task: async ([visit, body, key]) => {
      try {
        const { registration } = await signUp(this.org, visit.id, body, key, {
          api: this.apiOverride,
        });
        this.registration = registration;
        this.emailGiven = Boolean(body.email);
        this.emit("hearth-registered", { eventId: visit.id, registration });
        void this.placesTask.run();
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(".result-title")?.focus();
      } catch (error) {
        void this.placesTask.run();
        await this.showFailure(error, visit);
      }
    },
  });

  /** This form's own fields, between the form's top and the contact, consent and submit. */
  protected abstract renderFields(visit: PublicEvent): unknown;

  /** Reads and checks the answers with the same rules the API applies. */
  protected abstract check(data: FormData, visit: PublicEvent): Checked;

  /**
   * An error the server found that the form could not know about (e.g. seats just taken): a party
   * too large, refused as a whole or beside it among other answers (the first screen's checks),
   * is said beside the party.
   */
  protected serverErrors(error: ApiError, _visit: PublicEvent): VisitErrors {
    const errors = fromServerFields(error.fields);
    const tooLarge =
      error.code === "party_too_large" || error.fieldCodes.adults?.code === "party_too_large";
    return tooLarge ? { ...errors, adults: "errorPartyTooLarge" } : errors;
  }

  private questionsOf(visit: PublicEvent): PublicQuestion[] {
    return wayQuestions(visit, this.audience);
  }

  /** Form order, the organisers' questions before consent, for focusing the first error. */
  private fieldOrder(visit: PublicEvent): string[] {
    const builtIn = visitFields.filter((field) => field !== "consent");
    return [...builtIn, ...this.questionsOf(visit).map(answerField), "consent"];
  }

  protected field(options: FieldOptions<VisitField>) {
    return renderField<VisitField>(this.localize, this.errors, options);
  }

  /**
   * After the first screen: the person could start when it showed; answers sent there and left
   * for this code are sent now; a refusal there is shown as this form words it.
   */
  private carryOn({ shownAt, submitted, outcome }: FirstScreenActions): void {
    if (shownAt !== undefined) this.shownAt = shownAt;
    if (submitted) this.renderRoot.querySelector("form")?.requestSubmit();
    const visit = this.current;
    if (outcome && "error" in outcome && visit)
      this.showRefusal(ApiError.from(outcome.status, outcome), visit);
  }

  override render() {
    if (this.firstScreen.waiting) return nothing;
    const visit = this.current;
    return this.renderBase(html`
      ${statusRegion(this.renderResult())} ${errorRegion(this.localize, this.formError)}
      ${
        !visit || this.registration
          ? nothing
          : this.sites && !acceptsSignUpsHere(this.sites)
            ? renderSignUpElsewhere(this.localize, this.sites)
            : this.renderForm(visit)
      }
    `);
  }

  private renderForm(visit: PublicEvent) {
    const sending = this.submitTask.status === TaskStatus.PENDING;
    return html`<form
      part="form"
      class="form"
      novalidate
      @submit=${(event: SubmitEvent) => this.onSubmit(event, visit)}
      @focusin=${this.questions.prefetchAnswers}
    >
      ${this.renderFields(visit)} ${this.questions.render(this.questionsOf(visit), this.errors)}
      ${renderConsent(this.localize, this.errors, visit.retentionDays)}
      <!-- A trap for bots: people never see or reach it, so it stays empty. -->
      <div class="trap" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      <button part="button" class="button submit" type="submit" ?disabled=${sending}>
        ${this.localize.t(sending ? "submitting" : this.submitLabel)}
      </button>
    </form>`;
  }

  private renderResult() {
    if (!this.registration) return nothing;
    return renderRegistrationResult(this.registration, this.localize, {
      confirmedLabel: this.confirmedLabel,
      emailGiven: this.emailGiven,
      headingLevel: 4,
    });
  }

  private async onSubmit(submit: SubmitEvent, visit: PublicEvent): Promise<void> {
    submit.preventDefault();
    const form = submit.currentTarget as HTMLFormElement;
    const seen = await this.questions.ready().catch(() => null);
    if (this.submitTask.status === TaskStatus.PENDING) return;
    if (seen === null) {
      this.formError = "errorNetwork";
      return;
    }
    const data = new FormData(form);
    const questions = this.questionsOf(visit);
    const checked = this.check(data, visit);
    const answers = { ...checked.answers, answers: this.questions.read(form, questions) };
    this.errors = { ...checked.errors, ...this.questions.check(questions, answers.answers) };
    this.formError = undefined;
    if (this.placeGone()) return;
    if (Object.keys(this.errors).length > 0) {
      this.formError = "formHasErrors";
      await this.focusFirstInvalid(this.fieldOrder(visit), this.errors);
      return;
    }
    // Sent before the questions arrived, the form shows them first: nobody sends them unseen.
    const [firstAsked] = questions;
    if (!seen && firstAsked) {
      await this.focusOn(`[name="${answerField(firstAsked)}"]`);
      return;
    }
    const body: SignUpBody = {
      ...answers,
      locale: this.localize.requested,
      website: String(data.get("website") ?? ""),
      fillMs: Math.round(performance.now() - this.shownAt),
    };
    await this.submitTask.run([visit, body, this.keys.keyFor(answers)]);
  }

  private async showFailure(error: unknown, visit: PublicEvent): Promise<void> {
    if (!(error instanceof ApiError)) throw error;
    this.emit("hearth-error", { status: error.status, code: error.code });
    this.showRefusal(error, visit);
    await this.focusFirstInvalid(this.fieldOrder(visit), this.errors);
  }

  /**
   * The place itself refused (gone, or none left) on a form that does not choose one (a group's,
   * an interpreter's: their place is the visit's): said above the form, as nothing beside a field
   * can be changed to fix it. A host's form chooses its stop, and says it beside that. The
   * worker's first screens say it the same way (`visitFormProblems`).
   */
  private placeGone(): boolean {
    if (!this.errors.slotId || this.audience === "host") return false;
    const { slotId: _gone, ...others } = this.errors;
    this.errors = others;
    this.formError = "choiceClosed";
    return true;
  }

  /** The API's refusal on the form: each field's words beside it, or why above it. */
  private showRefusal(error: ApiError, visit: PublicEvent): void {
    this.errors = {
      ...this.serverErrors(error, visit),
      ...this.questions.serverErrors(error, visit.questions),
    };
    if (this.placeGone()) return;
    if ("fillMs" in error.fields) this.formError = "errorTooFast";
    else if (Object.keys(this.errors).length > 0) this.formError = "formHasErrors";
    else this.formError = errorMessage(error);
  }
}
