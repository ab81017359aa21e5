import { expect } from "@open-wc/testing";
import { ApiError, setApiOrigin } from "../../../widgets/shared/api-client.js";
import { useStartedReads } from "../../../widgets/shared/api-request.js";
import { getEvent, listEvents } from "../../../widgets/shared/events-api.js";
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

  it("takes the answer to a read the loader started instead of asking again, once", async () => {
    stub = new FetchStub().on("GET", /events$/, ok({ events: [], nextCursor: "again" })).install();
    const started = Response.json({ events: [], nextCursor: "started" });
    useStartedReads([
      {
        url: "https://hearth.test/api/v1/orgs/demo/events?lang=uk&kind=course",
        fresh: false,
        response: Promise.resolve(started),
      },
    ]);
    const first = await listEvents("demo", { kind: "course", lang: "uk" });
    const second = await listEvents("demo", { kind: "course", lang: "uk" });
    expect(first.nextCursor).to.equal("started");
    expect(second.nextCursor).to.equal("again");
    expect(stub.calls).to.have.length(1);
  });

  it("asks again when a started read was not fresh and the widget wants places as they are now", async () => {
    stub = new FetchStub().on("GET", /evt_1$/, ok({ event: { id: "asked" } })).install();
    useStartedReads([
      {
        url: "https://hearth.test/api/v1/orgs/demo/events/evt_1?lang=uk",
        fresh: false,
        response: Promise.resolve(Response.json({ event: { id: "started" } })),
      },
    ]);
    const answer = await getEvent("demo", "evt_1", "uk", { fresh: true });
    expect(answer.event.id).to.equal("asked");
    expect(stub.calls[0]!.cache).to.equal("no-cache");
  });

  it("lets a widget's api attribute override the origin", async () => {
    stub = new FetchStub().on("GET", /reg_1$/, ok({ registration: {} })).install();
    await getRegistration("reg_1", "tok", { api: "https://other.test/" });
    expect(stub.calls[0]!.url.origin).to.equal("https://other.test");
  });
});
