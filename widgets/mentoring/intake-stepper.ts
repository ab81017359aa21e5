import type { ReactiveController, ReactiveControllerHost } from "lit";
import { nothing } from "lit";
import type { IntakeResponse, PublicSeason } from "../../schema/contracts/mentoring.js";
import { adoptLater, lazy } from "../shared/lazy.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeDraft } from "./intake-draft.js";
import { applyControl } from "./intake-draft.js";
import { renderAboutStep, renderRoleStep } from "./intake-first-steps.js";
import { renderIntakeScreen } from "./intake-frame.js";
import type { IntakeErrors, IntakeField, IntakeStep } from "./intake-steps.js";
import { errorsOnStep, firstStepWith, onStep } from "./intake-steps.js";

/** The later steps and what sending needs, loaded while the first screens are answered. */
export const loadLater = lazy(() => import("./intake-later.js"));
export type Later = Awaited<ReturnType<typeof loadLater>>;
/** The API's own contract, to check each step before going on. */
const loadChecks = lazy(() => import("./intake-checks.js"));

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the element does with the answers, which owns the requests and the live regions. */
export interface StepperOutcomes {
  /** The last step's answers: sends them; the refused fields, if any, come back. */
  send(draft: IntakeDraft, form: HTMLFormElement, later: Later): Promise<IntakeErrors>;
  /** A new step or a new try: the last alert goes. */
  started(): void;
  /** The code for the later steps could not be fetched. */
  offline(): void;
  /** Changing answers: leave without saving. */
  cancel(): void;
}

/**
 * The intake, one screen at a time: the draft every control writes to, the step on screen and what
 * is wrong with it. Next checks the step with the contract before moving on; the last step sends.
 */
export class IntakeStepper implements ReactiveController {
  private index = 0;
  private errors: IntakeErrors = {};
  private busy = false;
  private later: Later | undefined;

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
    readonly draft: IntakeDraft,
    /** The screens for the answers so far (the role decides whether the season asks more). */
    private readonly stepsOf: (draft: IntakeDraft) => readonly IntakeStep[],
    private readonly changing: boolean,
    private readonly on: StepperOutcomes,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get steps(): readonly IntakeStep[] {
    return this.stepsOf(this.draft);
  }

  private get step(): IntakeStep {
    return this.steps[this.index]!;
  }

  render(season: PublicSeason) {
    const language = this.localize.languageName(season.practisedLanguage);
    const step = this.step;
    const later = this.later;
    const fields =
      step === "role"
        ? renderRoleStep(this.localize, this.draft, this.errors, language)
        : step === "about"
          ? renderAboutStep(this.localize, this.draft, this.errors, this.changing)
          : later?.renderLaterStep(step, this.localize, {
              draft: this.draft,
              errors: this.errors,
              season,
              rows: this.rows,
            });
    return renderIntakeScreen(this.localize, {
      steps: this.steps,
      index: this.index,
      fields,
      busy: this.busy,
      canContinue: !(step === "language" && later?.outsideSeason(this.draft, season)),
      changing: this.changing,
      input: this.onInput,
      submit: (event) => this.next(event, season),
      back: () => void this.go(this.index - 1),
      cancel: () => this.on.cancel(),
      focus: this.prefetch,
    });
  }

  /** After signing up (the later steps' code sent it, so it is here). */
  renderSent(sent: IntakeResponse) {
    return this.later?.renderSent(this.localize, sent) ?? nothing;
  }

  private readonly rows = {
    add: () => {
      this.draft.languages = [...this.draft.languages, { code: "", fluency: "" }];
      this.update();
    },
    remove: (index: number) => {
      this.draft.languages = this.draft.languages.filter((_, at) => at !== index);
      this.errors = { ...this.errors, languages: undefined };
      this.update();
    },
  };

  private readonly prefetch = (): void => {
    Promise.all([loadLater(), loadChecks()]).catch(() => undefined);
  };

  private readonly onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    const field = applyControl(this.draft, control) as IntakeField | "";
    if (field && this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    if (field === "modes" || field === "level" || field === "role" || field === "languages") {
      // These change what the step shows (the region field, the level notice, the mentor's question).
      this.update();
    }
  };

  private update(): void {
    this.host.requestUpdate();
  }

  /** Checks the step; then the next one, or sending on the last. */
  private async next(event: SubmitEvent, season: PublicSeason): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    this.on.started();
    this.busy = true;
    this.update();
    try {
      const [later, checks] = await Promise.all([loadLater(), loadChecks()]);
      this.useLater(later);
      const found = checks.checkStep(this.step, this.draft, season, this.localize);
      // Another step's refusals (the server's) stay until that step is fixed.
      const others = Object.entries(this.errors).filter(([field]) => !onStep(this.step, field));
      this.errors = { ...Object.fromEntries(others), ...found };
      if (Object.keys(found).length > 0) return void (await this.focusFirstInvalid());
      if (this.index < this.steps.length - 1) return void (await this.go(this.index + 1));
      this.errors = await this.on.send(this.draft, form, later);
      const refused = firstStepWith(this.steps, this.errors);
      if (refused) await this.go(this.steps.indexOf(refused), true);
    } catch {
      this.on.offline();
    } finally {
      this.busy = false;
      this.update();
    }
  }

  /** Shows step `index`, with its title focused (or, after a refusal, its first refused field). */
  private async go(index: number, refused = false): Promise<void> {
    if (index < 0) return;
    if (!["role", "about"].includes(this.steps[index]!) && !this.later) {
      try {
        this.useLater(await loadLater());
      } catch {
        return this.on.offline();
      }
    }
    this.index = index;
    this.update();
    await this.host.updateComplete;
    if (refused) await this.focusFirstInvalid();
    else this.host.renderRoot.querySelector<HTMLElement>(".step-title")?.focus();
  }

  /** The later steps' code is here: their styles join the element's. */
  private useLater(later: Later): void {
    if (!this.later && this.host.renderRoot instanceof ShadowRoot) {
      adoptLater(this.host.renderRoot, later.laterStyles);
    }
    this.later = later;
  }

  private async focusFirstInvalid(): Promise<void> {
    this.update();
    await this.host.updateComplete;
    const [field] = errorsOnStep(this.step, this.errors);
    if (!field) return;
    // An answer to the season's own questions is named by its path (`answers.<questionId>`).
    const group = field.includes(".") ? "" : `, #${field}-group input`;
    this.host.renderRoot
      .querySelector<HTMLElement>(`[name="${field}"], [name^="${field}."]${group}`)
      ?.focus();
  }
}
