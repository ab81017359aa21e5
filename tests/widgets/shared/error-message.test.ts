import { expect, fixture, html } from "@open-wc/testing";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { ApiError, setApiOrigin } from "../../../widgets/shared/api-client.js";
import { errorMessage } from "../../../widgets/shared/error-message.js";
import { register } from "../../../widgets/signup/define.js";
import type { HearthSignup } from "../../../widgets/signup/signup.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, slotFixture } from "../helpers/fixtures.js";
import { fill, query, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/registrations$/;

/** A 429 as the worker sends it: the envelope carries the wait in seconds, as `Retry-After` does. */
function rateLimited(retryAfter: number): Reply {
  const body: ErrorEnvelope = {
    error: { code: "rate_limited", message: "Too many requests.", params: { retryAfter } },
  };
  return { status: 429, body };
}

async function signUpRefused(lang: string, reply: Reply) {
  const stub = new FetchStub()
    .on("GET", eventPath, ok({ event: eventFixture({ slots: [slotFixture({ id: "slot_1" })] }) }))
    .on("POST", signUpPath, reply)
    .install();
  const el = await fixture<HearthSignup>(
    html`<hearth-signup org="demo" event="evt_1" lang=${lang}></hearth-signup>`,
  );
  await waitFor(el, '[part="form"]');
  query<HTMLInputElement>(el, 'input[value="slot_1"]').checked = true;
  fill(el, "#name", "Sam");
  query<HTMLInputElement>(el, "#consent").checked = true;
  query<HTMLButtonElement>(el, 'button[type="submit"]').click();
  const alert = await waitFor(el, '[role="alert"] p');
  return { el, stub, alert };
}

describe("a rate-limited sign-up", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("tells the person in English in how many minutes to try again", async () => {
    const refused = await signUpRefused("en", rateLimited(300));
    stub = refused.stub;
    await expect(refused.el).to.be.accessible();
    expect(refused.alert.textContent).to.equal("Too many tries. Please try again in 5 minutes.");
  });

  it("says it in Arabic, with Arabic plural and digits", async () => {
    const refused = await signUpRefused("ar", rateLimited(300));
    stub = refused.stub;
    await expect(refused.el).to.be.accessible();
    const five = new Intl.NumberFormat("ar").format(5);
    expect(refused.alert.textContent).to.equal(
      `محاولات كثيرة جدًا. حاول مرة أخرى بعد ${five} دقائق.`,
    );
  });

  it("says one minute in the singular, rounding the seconds up", async () => {
    const refused = await signUpRefused("en", rateLimited(42));
    stub = refused.stub;
    await expect(refused.el).to.be.accessible();
    expect(refused.alert.textContent).to.equal("Too many tries. Please try again in 1 minute.");
  });
});

describe("errorMessage", () => {
  it("counts whole minutes from params.retryAfter, and one when the worker gave none", () => {
    const refusal = (params: Record<string, number>) =>
      new ApiError(429, "rate_limited", "Slow down.", {}, {}, params);
    expect(errorMessage(refusal({ retryAfter: 61 }))).to.deep.equal({
      key: "errorRateLimited",
      count: 2,
    });
    expect(errorMessage(refusal({}))).to.deep.equal({ key: "errorRateLimited", count: 1 });
    expect(errorMessage(new ApiError(409, "slot_full", "Full."))).to.equal("errorFull");
  });
});
