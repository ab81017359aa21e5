import { expect } from "@open-wc/testing";
import { changeRegistration } from "../../../widgets/admin/roster/roster-api.js";
import { getAdminEvent } from "../../../widgets/admin/events/events-api.js";
import { onSignInNeeded, RateLimitedError } from "../../../widgets/admin/admin-api.js";
import { signIn } from "../../../widgets/admin/app/session-api.js";
import { ApiError } from "../../../widgets/shared/api-client.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { adminEventFixture } from "./helpers/fixtures.js";
import { adminApi } from "./helpers/admin.js";

describe("admin-api", () => {
  let stub: FetchStub;
  afterEach(() => {
    stub.restore();
    onSignInNeeded(undefined);
  });

  it("talks to its own origin with the session cookie and JSON", async () => {
    stub = new FetchStub()
      .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event: adminEventFixture() }))
      .install();
    await getAdminEvent("demo", "evt_1");
    const call = stub.calls[0]!;
    expect(call.url.origin).to.equal(location.origin);
    expect(call.headers.get("Accept")).to.equal("application/json");
  });

  it("turns an error envelope into the shared ApiError with its fields", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        adminApi("/orgs/demo/events/evt_1"),
        apiError(422, "validation_failed", { title: "Write a title." }),
      )
      .install();
    const error = await getAdminEvent("demo", "evt_1").catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).fields).to.deep.equal({ title: "Write a title." });
  });

  it("reads Retry-After from a 429 so the sign-in form can say how long to wait", async () => {
    stub = new FetchStub().install();
    const original = window.fetch;
    window.fetch = async () =>
      new Response(JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } }), {
        status: 429,
        headers: { "Content-Type": "application/json", "Retry-After": "600" },
      });
    const error = await signIn("a@b.c", "x").catch((caught: unknown) => caught);
    window.fetch = original;
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).to.equal(600);
  });

  it("waits for a new sign-in when the session expired, then sends the request again", async () => {
    stub = new FetchStub()
      .on(
        "POST",
        adminApi("/orgs/demo/events/evt_1/registrations/reg_1/check-in"),
        apiError(401, "session_expired"),
        ok({ entry: { id: "reg_1" } }),
      )
      .install();
    let asked = 0;
    onSignInNeeded(async () => void asked++);
    const result = await changeRegistration("demo", "evt_1", "reg_1", {
      type: "check-in",
      undo: false,
    });
    expect(asked).to.equal(1);
    expect(result.entry.id).to.equal("reg_1");
    expect(stub.calls).to.have.length(2);
  });

  it("gives the original 401 back when the person does not sign in again", async () => {
    stub = new FetchStub()
      .on("GET", adminApi("/orgs/demo/events/evt_1"), apiError(401, "unauthorized"))
      .install();
    onSignInNeeded(() => Promise.reject(new Error("dismissed")));
    const error = await getAdminEvent("demo", "evt_1").catch((caught: unknown) => caught);
    expect(error).to.include({ status: 401, code: "unauthorized" });
  });

  it("never opens the sign-in dialog for a wrong password", async () => {
    stub = new FetchStub()
      .on("POST", adminApi("/session"), apiError(401, "invalid_credentials"))
      .install();
    let asked = 0;
    onSignInNeeded(async () => void asked++);
    const error = await signIn("a@b.c", "wrong").catch((caught: unknown) => caught);
    expect(error).to.include({ code: "invalid_credentials" });
    expect(asked).to.equal(0);
  });
});
