import type { ApplicationView } from "../../schema/contracts/festivals.js";
import type { Screen } from "../../schema/rules/cook-steps.js";
import { screens } from "../../schema/rules/cook-steps.js";
import type { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import type { Later } from "./cook-later-code.js";

/** A step a cook reached on the worker's first screens, as the widget carries on with it. */
export interface StepReached {
  session: { id: string; token: string };
  screen: Screen;
  application: ApplicationView;
  /** The code for the steps after the first, which drawing any of them needs. */
  later: Later;
  /** Opened from Change on the last screen: saving goes straight back there. */
  backToReview: boolean;
  manageUrl: string | undefined;
}

/**
 * The step of a cook's application the worker's first screen is on, taken up by the widget: a
 * cook who went on there before the widget's code came (each step saved by the worker,
 * `worker/embed/cook-first-screen-send.ts`) carries on in the widget at the same step of the
 * same application, read afresh with its manage token. The step and application come from the
 * screen's form (what it posts besides the answers), not from the last answer, which a refusal
 * replaces. A read for a step the cook has since left is dropped.
 */
export class FirstScreenStep {
  /** The step being taken up (its application and screen), and whether it is. */
  private current: { step: string; done: boolean } | undefined;

  constructor(
    private readonly screen: () => FirstScreenHandover,
    private readonly read: (
      session: StepReached["session"],
    ) => Promise<{ application: ApplicationView; later: Later }>,
    private readonly reached: (step: StepReached) => void,
    private readonly unread: (error: unknown) => void,
    private readonly updated: () => void,
  ) {}

  /** Whether the widget shows the first screen's step (at once when it has none to take up). */
  get ready(): boolean {
    const handover = this.screen();
    const id = handover.posted("application");
    const token = handover.posted("token");
    const screen = handover.posted("screen") as Screen | undefined;
    if (!id || !token || !screen || !screens.includes(screen)) return true;
    const step = `${id} ${screen}`;
    if (this.current?.step !== step) {
      const current = { step, done: false };
      this.current = current;
      void this.takeUp({ id, token }, screen, current).finally(() => {
        current.done = true;
        this.updated();
      });
    }
    return this.current.done;
  }

  private async takeUp(
    session: StepReached["session"],
    screen: Screen,
    current: { step: string },
  ): Promise<void> {
    const handover = this.screen();
    try {
      const { application, later } = await this.read(session);
      // The cook went on meanwhile (a step sent as this code came): the next read takes that up.
      if (this.current !== current) return;
      const outcome = handover.noted?.outcome;
      const saved = outcome ? (JSON.parse(outcome) as { manageUrl?: string }) : {};
      this.reached({
        session,
        screen,
        application,
        later,
        backToReview: handover.posted("then") === "review",
        manageUrl: saved.manageUrl,
      });
    } catch (error) {
      if (this.current === current) this.unread(error);
    }
  }
}
