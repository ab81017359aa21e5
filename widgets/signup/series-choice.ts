import type { ReactiveControllerHost } from "lit";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { lazy } from "../shared/lazy.js";
import type { LocalizeController } from "../shared/localize.js";
import type { SeriesSignup } from "./series-signup.js";

/** A date of a series whose organisers let people book every coming date with it (not its last). */
const offersEveryDate = (event: PublicEvent | undefined): boolean => {
  const series = event?.series;
  return Boolean(series?.blockSignup && series.position < series.total);
};

/**
 * A series' choice of dates on the sign-up form (`series-signup.ts`), whose code loads only for
 * a series that offers it. Until it has loaded (or when it fails to), the form signs up for this
 * date alone, as it would anyway.
 */
export class SeriesChoice {
  /** The choice, once its code is here. */
  signup: SeriesSignup | undefined;
  /** Its code could not load (yet): tried again on a later update. */
  private failed = false;
  private readonly step = lazy(() => import("./series-signup.js"));

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly localize: LocalizeController,
  ) {}

  /** Loads the choice when `event` offers one. */
  load(event: PublicEvent | undefined): void {
    if (!offersEveryDate(event) || this.signup) return;
    void this.step().then(
      (step) => {
        this.signup ??= new step.SeriesSignup(this.host, this.localize);
        this.host.requestUpdate();
      },
      () => {
        // Once is enough to let a first screen go.
        if (this.failed) return;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  /** Whether the form for `event` has its choice (or needs none, or it could not load). */
  settled(event: PublicEvent | undefined): boolean {
    return !offersEveryDate(event) || this.signup !== undefined || this.failed;
  }
}
