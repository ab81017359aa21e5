import { expect } from "@open-wc/testing";
import { ApiError, setApiOrigin } from "../../../widgets/shared/api-client.js";
import { listEvents } from "../../../widgets/shared/events-api.js";
import { getRegistration } from "../../../widgets/shared/registrations-api.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";

describe("api-client", () => {
  let stub: FetchStub;
  beforeEach(() => setApiOrigin("https://hearth.test"));
  afterEach(() => stub.restore());

  it("turns an error envelope into a typed ApiError with its fields", async () => {
    stub = new FetchStub()
      .on("GET", /events$/, apiError(422, "validation_failed", { cursor: "Use nextCursor." }))
      .install();
    const error = await listEvents("demo", {}).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ApiError);
    expect(error).to.include({ status: 422, code: "validation_failed" });
    expect((error as ApiError).fields).to.deep.equal({ cursor: "Use nextCursor." });
  });

  it("reports an unreachable server as a network error", async () => {
    stub = new FetchStub().on("GET", /events$/, "network").install();
    const error = await listEvents("demo", {}).catch((caught: unknown) => caught);
    expect(error).to.include({ status: 0, code: "network" });
  });

  it("talks to the API origin and leaves empty filters out of the query", async () => {
    stub = new FetchStub().on("GET", /events$/, ok({ events: [], nextCursor: null })).install();
    await listEvents("demo", { kind: "course", region: "", lang: "es" });
    const url = stub.calls[0]!.url;
    expect(url.origin).to.equal("https://hearth.test");
    expect([...url.searchParams.keys()]).to.deep.equal(["kind", "lang"]);
  });

  it("lets a widget's api attribute override the origin", async () => {
    stub = new FetchStub().on("GET", /reg_1$/, ok({ registration: {} })).install();
    await getRegistration("reg_1", "tok", { api: "https://other.test/" });
    expect(stub.calls[0]!.url.origin).to.equal("https://other.test");
  });
});
