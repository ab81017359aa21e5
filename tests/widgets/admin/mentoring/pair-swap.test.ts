import { expect, waitUntil } from "@open-wc/testing";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { deepQuery } from "../network/network-fixtures.js";
import { plainText, workbenchFixture } from "./mentoring-fixtures.js";
import { mountWorkbench, seasonApi } from "./workbench-mount.js";

const base = "/api/v1/admin/orgs/demo/mentoring/seasons/sea_1";
const [proposed, published] = workbenchFixture().pairs;

describe("giving a proposed pair's learner another mentor", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("offers every other mentor, folded away, and locks the new pair", async () => {
    const swapped = workbenchFixture({
      pairs: [{ ...proposed!, id: "pair_9", mentorId: "men_kadri", locked: true }, published!],
    });
    stub = new FetchStub().on("PUT", seasonApi("/locks"), ok(swapped));
    const { el } = await mountWorkbench("en", "organiser", undefined, stub);
    const swap = deepQuery<HTMLDetailsElement>(el, "#pair-pair_1 details.swap")!;
    const summary = swap.querySelector("summary")!.textContent!.replace(/[\u2068\u2069]/g, "");
    expect(summary).to.include("Choose another mentor for Olena");
    // Published pairs end instead; only a proposed, unlocked pair offers another mentor.
    expect(deepQuery(el, `#pair-${published!.id} details.swap`)).to.equal(null);
    swap.open = true;
    const select = swap.querySelector<HTMLSelectElement>("#partner-lea_olena")!;
    const offered = [...select.options].map((option) => option.value);
    expect(offered).to.not.include("men_anna"); // her mentor now
    expect(offered).to.include("men_kadri");
    select.value = "men_kadri";
    swap.querySelector("form")!.requestSubmit();
    await waitUntil(() => plainText(el).includes("Locked: Kadri and Olena."));
    const writes = stub.calls.filter((call) => call.method !== "GET");
    expect(writes.map((call) => [call.method, call.url.pathname, call.body])).to.deep.equal([
      ["PUT", `${base}/locks`, { mentorId: "men_kadri", learnerId: "lea_olena" }],
    ]);
  });

  it("is labelled and passes axe in Arabic", async () => {
    stub = new FetchStub();
    const { el } = await mountWorkbench("ar", "organiser", undefined, stub);
    const swap = deepQuery<HTMLDetailsElement>(el, "#pair-pair_1 details.swap")!;
    swap.open = true;
    const label = swap.querySelector("label")!;
    expect(label.getAttribute("for")).to.equal("partner-lea_olena");
    expect(label.textContent).to.not.include("New mentor");
    await expect(el).to.be.accessible();
  });

  it("is not offered to a coordinator, who may only read the season", async () => {
    stub = new FetchStub();
    const { el } = await mountWorkbench("en", "coordinator", undefined, stub);
    expect(deepQuery(el, "details.swap")).to.equal(null);
  });
});
