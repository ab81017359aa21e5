import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminNetwork } from "../../../../widgets/admin/network/network-page.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import {
  buttonsNamed,
  deepQuery,
  deepText,
  memberEvent,
  networkOverview,
} from "./network-fixtures.js";

const overviewPath = adminApi("/orgs/demo/network");
const eventsPath = adminApi("/orgs/demo/network/events");

async function mountNetwork(lang: string, role: string, overview: Reply[], stub = new FetchStub()) {
  stub
    .on("GET", overviewPath, ...overview)
    .on("GET", eventsPath, ok({ events: [memberEvent()], nextCursor: null }))
    .install();
  const el = await fixture<HearthAdminNetwork>(
    html`<hearth-admin-network
      lang=${lang}
      org="demo"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-network>`,
  );
  return { el, stub };
}

const click = (el: Element, label: string, index = 0) => {
  const button = buttonsNamed(el, label)[index];
  if (!button) throw new Error(`No button "${label}"`);
  button.click();
};

/** The main page in the three languages the dashboard is checked in: left to right, right to left, Cyrillic. */
for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-admin-network> for a network's owner in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists the members, the open links and the catalogue's events", async () => {
      ({ stub } = await mountNetwork(lang, "owner", [ok(networkOverview())]));
      const el = document.querySelector("hearth-admin-network")!;
      await waitUntil(() => deepQuery(el, "#event-evt_cafe"), "the events");
      expect(deepText(el)).to.include("Demo City");
      expect(deepText(el)).to.include("Open Kitchen");
      expect(deepText(el)).to.include("Red Cross Tartu");
      expect(deepText(el)).to.include("Language café");
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });
  });

  describe(`<hearth-admin-network> with no network in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("explains what a network is and offers owners to make one", async () => {
      ({ stub } = await mountNetwork(lang, "owner", [
        ok(networkOverview({ isNetwork: false, members: [], invitations: [] })),
      ]));
      const el = document.querySelector("hearth-admin-network")!;
      await waitUntil(() => deepQuery(el, "#intro-title"), "the explanation");
      expect(deepQuery(el, "#intro-title ~ p button")).to.not.equal(null);
      expect(deepQuery(el, "hearth-admin-network-catalogue")).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-network> for a network's owner", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows a new link once, with its expiry and a Copy button, then lists it without the link", async () => {
    const opened = {
      id: "nin_2",
      note: "Welcome Bridge",
      createdAt: "2030-01-21T09:00:00.000Z",
      expiresAt: "2030-02-04T09:00:00.000Z",
    };
    const url = "https://hearth.test/admin/#/networks/join/tok_abcdefghijklmnopqrstuvwxyz";
    ({ stub } = await mountNetwork("en", "owner", [
      ok(networkOverview()),
      ok(networkOverview({ invitations: [opened, ...networkOverview().invitations] })),
    ]));
    stub.on(
      "POST",
      adminApi("/orgs/demo/network/invitations"),
      ok({ invitation: { ...opened, url } }, 201),
    );
    const el = document.querySelector("hearth-admin-network")!;
    await waitUntil(() => deepQuery(el, '[name="note"]'), "the invite form");
    const note = deepQuery<HTMLInputElement>(el, '[name="note"]')!;
    note.value = "Welcome Bridge";
    deepQuery<HTMLFormElement>(el, "#invite-title ~ form")!.requestSubmit();
    await waitUntil(() => deepQuery(el, ".once a"), "the link");
    expect(deepQuery(el, ".once a")!.getAttribute("href")).to.equal(url);
    expect(stub.calls.find((call) => call.method === "POST")!.body).to.deep.equal({
      note: "Welcome Bridge",
    });
    await waitUntil(() => deepText(el).includes("Welcome Bridge"), "the open link listed");
    // The link appears once: in the box to copy, never in the list of open links.
    expect(deepText(el).split(url).length - 1).to.equal(1);
    expect(deepText(el)).to.include("Works until");
    expect(deepText(el)).to.include("Link created. Copy it now: it is shown only once.");
    click(el, "Copy link");
    await waitUntil(() => buttonsNamed(el, "Copied").length === 1, "copied");
    await expect(el).to.be.accessible();
  });

  it("asks before removing a member, keeps it on No, removes it on Yes", async () => {
    const after = networkOverview({ members: [networkOverview().members[1]!] });
    ({ stub } = await mountNetwork("en", "owner", [ok(networkOverview()), ok(after)]));
    stub.on("DELETE", adminApi("/orgs/demo/network/members/demo-city"), ok(null));
    const el = document.querySelector("hearth-admin-network")!;
    await waitUntil(() => buttonsNamed(el, "Remove").length === 2, "the members");
    click(el, "Remove");
    await waitUntil(() => deepText(el).includes("Remove Demo City from your network?"));
    expect(stub.calls.some((call) => call.method === "DELETE")).to.equal(false);
    click(el, "No, keep");
    await waitUntil(() => !deepText(el).includes("Remove Demo City from your network?"));
    click(el, "Remove");
    await waitUntil(() => buttonsNamed(el, "Yes, remove").length === 1);
    click(el, "Yes, remove");
    await waitUntil(() => deepText(el).includes("Demo City is no longer in your network."));
    expect(stub.calls.filter((call) => call.method === "DELETE")).to.have.length(1);
    await waitUntil(() => buttonsNamed(el, "Remove").length === 1, "the list read again");
  });

  it("features, hides and clears an event, saying its state in words", async () => {
    ({ stub } = await mountNetwork("en", "organiser", [ok(networkOverview())]));
    stub.on("PUT", adminApi("/orgs/demo/network/events/evt_cafe/curation"), ok(null));
    const el = document.querySelector("hearth-admin-network")!;
    await waitUntil(() => buttonsNamed(el, "Feature").length === 1, "the event");
    expect(deepText(el)).to.include("Shown as usual");
    // Organisers curate, but inviting and removing are for owners.
    expect(buttonsNamed(el, "Remove")).to.have.length(0);
    expect(deepQuery(el, '[name="note"]')).to.equal(null);
    click(el, "Feature");
    await waitUntil(() => deepText(el).includes("Featured: shown first"));
    click(el, "Hide");
    await waitUntil(() => deepText(el).includes("Hidden from the catalogue"));
    click(el, "Clear");
    await waitUntil(() => deepText(el).includes("Shown as usual"));
    expect(
      stub.calls.filter((call) => call.method === "PUT").map((call) => call.body),
    ).to.deep.equal([{ state: "featured" }, { state: "hidden" }, { state: null }]);
  });

  it("loads the next page of events when asked", async () => {
    stub = new FetchStub().on(
      "GET",
      eventsPath,
      ok({ events: [memberEvent()], nextCursor: "c2" }),
      ok({
        events: [
          memberEvent({
            id: "evt_2",
            title: "Orientation course",
            listed: false,
            capacity: 0,
            remaining: 0,
          }),
        ],
        nextCursor: null,
      }),
    );
    await mountNetwork("en", "owner", [ok(networkOverview())], stub);
    const el = document.querySelector("hearth-admin-network")!;
    await waitUntil(() => buttonsNamed(el, "Show more events").length === 1);
    click(el, "Show more events");
    await waitUntil(() => deepText(el).includes("Orientation course"));
    expect(deepText(el)).to.include("8 of 20 places left");
    expect(deepText(el)).to.include("Not listed by its organiser");
    expect(deepText(el)).to.not.include("0 of 0");
    expect(
      stub.calls.filter((call) => eventsPath.test(call.url.pathname)).at(-1)!.url.search,
    ).to.equal("?cursor=c2");
    expect(buttonsNamed(el, "Show more events")).to.have.length(0);
    // The button went with the last page; focus is on the first new event's heading.
    await waitUntil(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.textContent === "Orientation course";
    });
  });

  it("words the refusals: no network any more, members still in it", async () => {
    ({ stub } = await mountNetwork("en", "owner", [
      ok(networkOverview({ members: [], invitations: [] })),
    ]));
    stub
      .on("POST", adminApi("/orgs/demo/network/invitations"), apiError(409, "not_a_network"))
      .on("PUT", overviewPath, apiError(409, "has_members"));
    const el = document.querySelector("hearth-admin-network")!;
    await waitUntil(() => deepQuery(el, "#invite-title ~ form"));
    deepQuery<HTMLFormElement>(el, "#invite-title ~ form")!.requestSubmit();
    await waitUntil(() => deepText(el).includes("This organisation does not run a network."));
    expect(deepQuery(el, ".once")).to.equal(null);
    click(el, "Stop being a network");
    await waitUntil(() => deepText(el).includes("Organisations are still in this network."));
  });
});

describe("<hearth-admin-network> in another language", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("words a refusal in the reader's language", async () => {
    ({ stub } = await mountNetwork("uk", "owner", [
      ok(networkOverview({ isNetwork: false, members: [], invitations: [] })),
    ]));
    stub.on("PUT", overviewPath, apiError(403, "forbidden"));
    const el = document.querySelector("hearth-admin-network")!;
    await waitUntil(() => deepQuery(el, "#intro-title"));
    click(el, "Зробити цю організацію мережею");
    await waitUntil(() => deepText(el).includes("Ваша роль цього не дозволяє."));
  });
});
