import type { ReactiveController, ReactiveControllerHost } from "lit";
import { nothing } from "lit";
import type { AnswerValue, PublicQuestion } from "../../schema/contracts/questions.js";
import type { MessageKey } from "../i18n/messages.js";
import type { ApiError } from "../shared/api-error.js";
import { lazy } from "../shared/lazy.js";
import type { LocalizeController } from "../shared/localize.js";
import type { AnswerField } from "./asked-questions.js";

/** A chunk each, shared by every form on the page. */
const loadDrawing = lazy(() => import("./signup-questions.js"));
const loadAnswers = lazy(() => import("./question-answers.js"));

type Drawing = Awaited<ReturnType<typeof loadDrawing>>;
type AnswersCode = Awaited<ReturnType<typeof loadAnswers>>;
type AnswerErrors = Partial<Record<AnswerField, MessageKey>>;

/**
 * The organisers' own questions on a sign-up form. Their code loads only for an event that asks
 * some, so most forms never fetch it: drawing them as soon as the form has the event; reading,
 * checking and the server's refusals of the answers once someone starts answering
 * (`prefetchAnswers`). Until the questions are drawn the form shows without them, and sending
 * waits for them (`ready`): no form leaves without the questions it asks.
 */
export class QuestionsController implements ReactiveController {
  private drawing: Drawing | undefined;
  private answers: AnswersCode | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly localize: LocalizeController,
    /** Every question the form may ask, whatever time or place is chosen on it. */
    private readonly asked: () => readonly PublicQuestion[],
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A failed load shows when the person sends the form; sending tries again.
    if (!this.shown) {
      this.show().catch(() => {
        if (this.failed) return;
        this.failed = true;
        this.host.requestUpdate();
      });
    }
  }

  /** Loading the questions' drawing failed at least once (a later update tries again). */
  private failed = false;

  /** Whether the form shows every question it asks: it asks none, or they are drawn. */
  get shown(): boolean {
    return this.drawing !== undefined || this.asked().length === 0;
  }

  /** Whether the form is as whole as it gets for now: the questions drawn, or their code failed. */
  get settled(): boolean {
    return this.shown || this.failed;
  }

  /** Someone started answering: the code for the answers loads now, to be here when they send. */
  readonly prefetchAnswers = (): void => {
    if (this.asked().length > 0) loadAnswers().catch(() => undefined);
  };

  /**
   * Resolves once the form shows its questions and can read and check the answers. Says whether
   * the questions were there already, i.e. whether the person saw them; rejects when their code
   * could not be fetched.
   */
  async ready(): Promise<boolean> {
    if (this.asked().length === 0) return true;
    const seen = this.shown;
    const [, answers] = await Promise.all([seen ? undefined : this.show(), loadAnswers()]);
    this.answers = answers;
    return seen;
  }

  private async show(): Promise<void> {
    this.drawing = await loadDrawing();
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** The controls for `questions` (those the chosen time or place asks), once the code is here. */
  render(
    questions: readonly PublicQuestion[],
    errors: Readonly<Partial<Record<string, MessageKey>>>,
  ) {
    if (!this.drawing) return nothing;
    const errorOf = (field: string) => {
      const key = errors[field];
      return key ? this.localize.t(key) : undefined;
    };
    return this.drawing.renderQuestions(this.localize, questions, errorOf);
  }

  /** The answers on the form, by question id; unanswered questions are left out. */
  read(form: HTMLFormElement, questions: readonly PublicQuestion[]): Record<string, AnswerValue> {
    return this.answers?.readQuestionAnswers(form, questions) ?? {};
  }

  /** The rule the server applies to each answer, in the words the form shows. */
  check(
    questions: readonly PublicQuestion[],
    answers: Readonly<Record<string, AnswerValue>>,
  ): AnswerErrors {
    return this.answers?.checkQuestionAnswers(questions, answers) ?? {};
  }

  /** The answers the server refused, worded for the questions they belong to. */
  serverErrors(error: ApiError, questions: readonly PublicQuestion[]): AnswerErrors {
    return this.answers?.serverAnswerErrors(error.fields, error.fieldCodes, questions) ?? {};
  }
}
