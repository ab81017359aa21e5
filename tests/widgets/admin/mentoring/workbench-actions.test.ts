import { expect, waitUntil } from "@open-wc/testing";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { buttonsNamed, deepQuery } from "../network/network-fixtures.js";
import { plainText, seasonFixture, workbenchFixture } from "./mentoring-fixtures.js";
import { mountWorkbench, seasonApi } from "./workbench-mount.js";

const click = (el: Element, selector: string) => {
  const button = deepQuery<HTMLButtonElement>(el, selector);
  if (!button) throw new Error(`No ${selector}`);
  button.click();
};

const clickNamed = (el: Element, label: string) => {
  const [button] = buttonsNamed(el, label);
  if (!button) throw new Error(`No button "${label}"`);
  button.click();
};

/** The calls that changed something (everything but the reads). */
const writes = (stub: FetchStub) =>
  stub.calls
    .filter((call) => call.method !== "GET")
    .map((call) => [call.method, call.url.pathname, call.body]);

const base = "/api/v1/admin/orgs/demo/mentoring/seasons/sea_1";
const [proposed, published] = workbenchFixture().pairs as [
  ReturnType<typeof workbenchFixture>["pairs"][number],
  ReturnType<typeof workbenchFixture>["pairs"][number],
];

describe("the workbench's changes", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("locks a proposed pair and unlocks it, saying so", async () => {
    const locked = workbenchFixture({ pairs: [{ ...proposed, locked: true }, published] });
    stub = new FetchStub()
      .on("PUT", seasonApi("/locks"), ok(locked))
      .on("DELETE", seasonApi("/locks/lea_olena"), ok(workbenchFixture()));
    const { el } = await mountWorkbench("en", "organiser", undefined, stub);
    click(el, "#lock-pair_1");
    await waitUntil(() => plainText(el).includes("Locked: Anna and Olena stay together"));
    expect(deepQuery(el, "#pair-pair_1 .badge.locked")).to.not.equal(null);
    expect(deepQuery(el, "#lock-pair_1")!.textContent).to.include("Unlock");
    click(el, "#lock-pair_1");
    await waitUntil(() => plainText(el).includes("Unlocked: Anna and Olena."));
    expect(writes(stub)).to.deep.equal([
      ["PUT", `${base}/locks`, { mentorId: "men_anna", learnerId: "lea_olena" }],
      ["DELETE", `${base}/locks/lea_olena`, undefined],
    ]);
  });

  it("asks before ruling a pair out, keeps it on No, rules it out on Yes", async () => {
    const after = workbenchFixture({
      pairs: [published],
      bans: [...workbenchFixture().bans, { mentorId: "men_anna", learnerId: "lea_olena" }],
    });
    stub = new FetchStub().on("PUT", seasonApi("/bans"), ok(after));
    const { el } = await mountWorkbench("en", "organiser", undefined, stub);
    click(el, "#ban-pair_1");
    await waitUntil(() => plainText(el).includes("Never pair Anna and Olena?"));
    clickNamed(el, "No, keep");
    await waitUntil(() => !plainText(el).includes("Never pair Anna and Olena?"));
    expect(writes(stub)).to.deep.equal([]);
    click(el, "#ban-pair_1");
    await waitUntil(() => buttonsNamed(el, "Yes, never pair them").length === 1);
    clickNamed(el, "Yes, never pair them");
    await waitUntil(() => plainText(el).includes("Anna and Olena will never be paired."));
    expect(deepQuery(el, "#pair-pair_1")).to.equal(null);
    expect(writes(stub)).to.deep.equal([
      ["PUT", `${base}/bans`, { mentorId: "men_anna", learnerId: "lea_olena" }],
    ]);
  });

  it("allows a ruled-out pair again", async () => {
    stub = new FetchStub().on(
      "DELETE",
      seasonApi("/bans/men_mart/lea_olena"),
      ok(workbenchFixture({ bans: [] })),
    );
    const { el } = await mountWorkbench("en", "organiser", undefined, stub);
    expect(plainText(deepQuery(el, "hearth-admin-season-bans")!)).to.include("Mart and Olena");
    clickNamed(el, "Allow again");
    await waitUntil(() => plainText(el).includes("Mart and Olena may be paired again."));
    expect(plainText(deepQuery(el, "hearth-admin-season-bans")!)).to.include("No pairs ruled out.");
  });

  it("finds pairs again with the proposal it shows and says what came out", async () => {
    const solved = workbenchFixture({ season: seasonFixture({ pairingVersion: 4 }) });
    stub = new FetchStub().on("POST", seasonApi("/solve"), ok(solved));
    const { el } = await mountWorkbench("en", "organiser", undefined, stub);
    expect(deepQuery(el, "#solve")!.textContent).to.include("Find pairs again");
    click(el, "#solve");
    await waitUntil(() =>
      plainText(el).includes("Pairs found: 2 pairs, 3 people not matched yet."),
    );
    expect(writes(stub)).to.deep.equal([["POST", `${base}/solve`, { pairingVersion: 3 }]]);
  });

  it("publishes after saying how many people get an email, then how many were introduced", async () => {
    const afterPublish = workbenchFixture({
      season: seasonFixture({ pairingVersion: 4, publishedAt: "2030-02-25T10:00:00.000Z" }),
      pairs: [{ ...proposed, state: "published" }, published],
    });
    stub = new FetchStub().on(
      "POST",
      seasonApi("/publish"),
      ok({ season: afterPublish.season, introduced: 2 }),
    );
    const { el } = await mountWorkbench(
      "en",
      "organiser",
      [ok(workbenchFixture()), ok(afterPublish)],
      stub,
    );
    click(el, "#publish");
    await waitUntil(() => deepQuery(el, "#publish-confirm"));
    expect(plainText(el)).to.include(
      "Publish 1 pair? 2 people will get an introduction email with their partner's first name.",
    );
    expect(writes(stub)).to.deep.equal([]);
    clickNamed(el, "Yes, publish");
    await waitUntil(() => plainText(el).includes("Pairs published. 2 people were introduced."));
    expect(writes(stub)).to.deep.equal([["POST", `${base}/publish`, { pairingVersion: 3 }]]);
    // The workbench and the report are read again; nothing is left to publish.
    await waitUntil(() => deepQuery(el, "#end-pair_1"), "the pair shown as published");
    expect(deepQuery<HTMLButtonElement>(el, "#publish")!.disabled).to.equal(true);
    expect(plainText(el)).to.include("Every pair is published already.");
    const reads = (path: string) =>
      stub.calls.filter((call) => call.method === "GET" && call.url.pathname === `${base}${path}`);
    expect(reads("/workbench")).to.have.length(2);
    expect(reads("/report")).to.have.length(2);
  });

  it("says when publishing again introduced nobody new", async () => {
    stub = new FetchStub().on(
      "POST",
      seasonApi("/publish"),
      ok({ season: seasonFixture(), introduced: 0 }),
    );
    const { el } = await mountWorkbench("en", "organiser", undefined, stub);
    click(el, "#publish");
    await waitUntil(() => buttonsNamed(el, "Yes, publish").length === 1);
    clickNamed(el, "Yes, publish");
    await waitUntil(() => plainText(el).includes("Nobody new to introduce"));
  });

  it("explains a proposal someone else changed meanwhile and loads the latest", async () => {
    stub = new FetchStub().on(
      "POST",
      seasonApi("/solve"),
      apiError(409, "version_conflict"),
      ok(workbenchFixture()),
    );
    const { el } = await mountWorkbench(
      "en",
      "organiser",
      [
        ok(workbenchFixture()),
        ok(workbenchFixture({ season: seasonFixture({ pairingVersion: 5 }) })),
      ],
      stub,
    );
    click(el, "#solve");
    await waitUntil(() =>
      plainText(el).includes(
        "Someone else changed the proposal meanwhile. Load the latest to see it.",
      ),
    );
    clickNamed(el, "Load the latest");
    await waitUntil(() => plainText(el).includes("The latest proposal is on screen."));
    expect(plainText(el)).to.not.include("Someone else changed the proposal");
    click(el, "#solve");
    await waitUntil(() => writes(stub).length === 2);
    // The next search sends the version now on screen.
    expect(writes(stub)[1]).to.deep.equal(["POST", `${base}/solve`, { pairingVersion: 5 }]);
  });

  it("ends a published pair early after confirming", async () => {
    stub = new FetchStub().on(
      "POST",
      seasonApi("/pairs/pair_2/end"),
      ok(workbenchFixture({ pairs: [proposed, { ...published, state: "ended" }] })),
    );
    const { el } = await mountWorkbench("en", "organiser", undefined, stub);
    click(el, "#end-pair_2");
    await waitUntil(() => plainText(el).includes("End the pair Mart and أحمد?"));
    clickNamed(el, "Yes, end the pair");
    await waitUntil(() => plainText(el).includes("The pair Mart and أحمد has ended."));
    expect(deepQuery(el, "#pair-pair_2 .badge.ended")).to.not.equal(null);
    expect(deepQuery(el, "#end-pair_2")).to.equal(null);
    expect(writes(stub)).to.deep.equal([["POST", `${base}/pairs/pair_2/end`, undefined]]);
  });
});

describe("pairing someone by hand", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  const choose = (el: Element, personId: string, partnerId: string) => {
    const select = deepQuery<HTMLSelectElement>(el, `#partner-${personId}`)!;
    select.value = partnerId;
    deepQuery<HTMLFormElement>(el, `#unmatched-${personId} form`)!.requestSubmit();
  };

  it("asks for a partner first, names the rule a pair breaks, then locks a pair that fits", async () => {
    const locked = workbenchFixture({
      pairs: [
        ...workbenchFixture().pairs,
        { ...proposed, id: "pair_3", mentorId: "men_mart", learnerId: "lea_sara", locked: true },
      ],
      unmatched: workbenchFixture().unmatched.filter((entry) => entry.id !== "lea_sara"),
    });
    stub = new FetchStub().on(
      "PUT",
      seasonApi("/locks"),
      apiError(422, "validation_failed", {
        pair: { code: "lock_breaks_rule", params: { rule: "hours" }, message: "breaks hours" },
      }),
      ok(locked),
    );
    const { el } = await mountWorkbench("en", "organiser", undefined, stub);
    // Mentors are offered by first name with the places they have taken.
    const options = [...deepQuery<HTMLSelectElement>(el, "#partner-lea_sara")!.options].map(
      (option) => option.textContent?.trim(),
    );
    expect(options).to.deep.equal([
      "Choose a partner",
      "Anna: 1 of 2 places taken",
      "Kadri: 0 of 2 places taken",
      "Mart: 1 of 1 places taken",
    ]);
    choose(el, "lea_sara", "");
    await waitUntil(() => plainText(el).includes("Choose a partner first."));
    expect(writes(stub)).to.deep.equal([]);

    choose(el, "lea_sara", "men_anna");
    await waitUntil(() =>
      plainText(el).includes("These two are not free at the same times for long enough."),
    );
    const select = deepQuery<HTMLSelectElement>(el, "#partner-lea_sara")!;
    expect(select.getAttribute("aria-invalid")).to.equal("true");
    expect(select.getAttribute("aria-describedby")).to.equal("partner-lea_sara-error");

    choose(el, "lea_sara", "men_mart");
    await waitUntil(() => plainText(el).includes("Locked: Mart and Sara."));
    expect(deepQuery(el, "#unmatched-lea_sara")).to.equal(null);
    expect(writes(stub)).to.deep.equal([
      ["PUT", `${base}/locks`, { mentorId: "men_anna", learnerId: "lea_sara" }],
      ["PUT", `${base}/locks`, { mentorId: "men_mart", learnerId: "lea_sara" }],
    ]);
  });

  it("pairs a mentor with a learner, and words a refusal in the reader's language", async () => {
    stub = new FetchStub().on(
      "PUT",
      seasonApi("/locks"),
      apiError(422, "validation_failed", {
        pair: { code: "lock_breaks_rule", params: { rule: "capacity" } },
      }),
    );
    const { el } = await mountWorkbench("uk", "organiser", undefined, stub);
    const options = [...deepQuery<HTMLSelectElement>(el, "#partner-men_kadri")!.options].map(
      (option) => option.value,
    );
    expect(options).to.include.members(["lea_olena", "lea_sara", "lea_ivan", "lea_ahmad"]);
    choose(el, "men_kadri", "lea_ivan");
    await waitUntil(() =>
      plainText(el).includes("У цього ментора вже стільки учнів, скільки він може взяти."),
    );
    expect(writes(stub)).to.deep.equal([
      ["PUT", `${base}/locks`, { mentorId: "men_kadri", learnerId: "lea_ivan" }],
    ]);
  });
});
