import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { LocalizeController } from "../shared/localize.js";
import type { StepContext } from "./cook-fields.js";
import type { DraftErrors } from "./draft.js";
import type { Draft } from "../../schema/rules/cook-draft.js";
import { emptyDish, emptyDraft, maxDishes } from "../../schema/rules/cook-draft.js";

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The answers being edited and what is wrong with them: what every step's fields read and change
 * (`context`), and adding or removing a dish with focus where the cook expects it next. The
 * server's copy is only replaced once a save succeeds.
 */
export class DraftEditor implements ReactiveController {
  private answers: Draft = emptyDraft();
  private issues: DraftErrors = {};

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get draft(): Draft {
    return this.answers;
  }

  set draft(draft: Draft) {
    this.answers = draft;
    this.host.requestUpdate();
  }

  get errors(): DraftErrors {
    return this.issues;
  }

  set errors(errors: DraftErrors) {
    this.issues = errors;
    this.host.requestUpdate();
  }

  /** What the step on screen reads and changes. */
  context(retentionDays: number): StepContext {
    return {
      localize: this.localize,
      draft: this.draft,
      errors: this.errors,
      retentionDays,
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

  private async addDish(): Promise<void> {
    if (this.draft.dishes.length >= maxDishes) return;
    this.draft = { ...this.draft, dishes: [...this.draft.dishes, emptyDish()] };
    await this.host.updateComplete;
    this.host.renderRoot
      .querySelector<HTMLElement>(`#dish-${this.draft.dishes.length - 1}-name`)
      ?.focus();
  }

  private async removeDish(index: number): Promise<void> {
    this.draft = { ...this.draft, dishes: this.draft.dishes.filter((_, i) => i !== index) };
    // Error paths name dishes by position, which has just shifted.
    this.errors = {};
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(".add, .step-title")?.focus();
  }
}
