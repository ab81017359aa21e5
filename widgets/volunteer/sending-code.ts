import type { AnswerKeys } from "../shared/idempotency-key.js";
import type { LocalizeController } from "../shared/localize.js";
import { adoptLater, lazy, lazyPart, prefetch } from "../shared/lazy.js";
import sentStrings from "./volunteer-sent.strings.js";

type Sent = typeof import("./volunteer-sent.js");
type Checks = typeof import("./volunteer-checks.js");

/**
 * The code `<hearth-volunteer>` needs once someone sends (not with its first render): the
 * contract's checks (to sign up) and the signed-up screen with its words and styles
 * (`volunteer-sent.ts`). Loaded once; prefetched when someone starts answering.
 */
export class SendingCode {
  /** The signed-up screen's code, once it is here. */
  sent: Sent | undefined;
  /** A retry of the same answers reuses their key (made with the code that sends them). */
  private keys: AnswerKeys | undefined;

  private readonly checks = lazy<Checks>(() => import("./volunteer-checks.js"));
  private readonly sentPart = lazyPart(
    this.localize,
    sentStrings,
    () => import("./volunteer-sent.js"),
  );

  constructor(
    private readonly localize: LocalizeController,
    private readonly root: () => HTMLElement | DocumentFragment,
    /** A volunteer's own page adds shifts: nothing of theirs to check. */
    private readonly managing: () => boolean,
  ) {}

  /** Someone started answering: what sending needs loads now, to be here when they send. */
  readonly prefetch = prefetch(() =>
    Promise.all([this.managing() ? undefined : this.checks(), this.sentPart()]),
  );

  /** The signed-up screen's code (its styles adopted), once it is here; null when it cannot come. */
  async signedUpScreen(): Promise<Sent | null> {
    try {
      const sent = await this.sentPart();
      const root = this.root();
      if (!this.sent && root instanceof ShadowRoot) adoptLater(root, sent.sentStyles);
      this.sent = sent;
      return sent;
    } catch {
      return null;
    }
  }

  /** The key for a sign-up with these answers: the same as before for the same answers. */
  keyFor(sent: Sent, answers: unknown): string {
    this.keys ??= new sent.AnswerKeys();
    return this.keys.keyFor(answers);
  }

  /** Everything sending needs, before anything is sent; null when it could not be fetched. */
  async all(): Promise<{ checks: Checks | undefined; sent: Sent } | null> {
    try {
      const [checks, sent] = await Promise.all([
        this.managing() ? undefined : this.checks(),
        this.signedUpScreen(),
      ]);
      return sent && { checks, sent };
    } catch {
      return null;
    }
  }
}
