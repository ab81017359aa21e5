import type { ReactiveElement } from "lit";
import { ApiError } from "../shared/api-client.js";
import { adoptLater, lazy, lazyPart, prefetch } from "../shared/lazy.js";
import type { LocalizeController } from "../shared/localize.js";
import type { PersonalDataController } from "../shared/personal-data.js";
import laterStrings from "./cook-later.strings.js";

export type Later = typeof import("./cook-later.js");

/**
 * The code a cook's application needs after its first question (see cook-later.ts), which a new
 * cook's first screen is without: the API's contract to check each step before saving, and the
 * later steps with their strings and styles. It loads once someone starts answering
 * (`prefetch`), to be here at "Next"; the first time it arrives it is set up — its styles adopted,
 * "Your data" made (`setUp`).
 */
export class CookLaterCode {
  /** The later steps' code, once it has arrived and is set up. */
  later: Later | undefined;
  /** "Your data", once the later code is here. */
  personalData: PersonalDataController | undefined;

  private readonly checks = lazy(() => import("./draft-checks.js"));
  private readonly laterPart: () => Promise<Later>;
  /** Someone started answering: the checks and the later steps load now. */
  readonly prefetch: () => void;

  constructor(
    private readonly host: ReactiveElement,
    localize: LocalizeController,
    private readonly setUp: (later: Later) => PersonalDataController,
  ) {
    this.laterPart = lazyPart(localize, laterStrings, () => import("./cook-later.js"));
    this.prefetch = prefetch(() => Promise.all([this.checks(), this.laterPart()]));
  }

  /** The later steps' code, set up the first time it arrives. */
  async code(): Promise<Later> {
    const later = await this.laterPart();
    if (this.later) return later;
    if (this.host.renderRoot instanceof ShadowRoot) {
      adoptLater(this.host.renderRoot, later.laterStyles);
    }
    this.personalData = this.setUp(later);
    this.later = later;
    return later;
  }

  /**
   * What `reading` reads (an application), with the later code, which comes beside it, not after
   * it: that code not fetched is said as a network failure.
   */
  besides<T>(reading: Promise<T>): Promise<[T, Later]> {
    return Promise.all([
      reading,
      this.code().catch(() => {
        throw new ApiError(0, "network", "network");
      }),
    ]);
  }

  /** What a save needs: the checks and the later code. Rejects when either cannot be fetched. */
  forSaving() {
    return Promise.all([this.checks(), this.code()]);
  }
}
