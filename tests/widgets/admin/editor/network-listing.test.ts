import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminNetworkListing } from "../../../../widgets/admin/editor/network-listing.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, has, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, meFixture } from "../helpers/fixtures.js";
import { memberOverview } from "../network/network-fixtures.js";
// The editor registers the control; this test mounts it alone.
import "../../../../widgets/admin/editor/network-listing-panel.js";

const overviewPath = adminApi("/orgs/demo/network");
const listingPath = adminApi("/orgs/demo/events/evt_1/network-listing");

async function mountListing(
  lang: string,
  role: string,
  overview: Reply,
  listing: "listed" | "unlisted" | null = null,
) {
  const stub = new FetchStub().on("GET", overviewPath, overview).install();
  const el = await fixture<HearthAdminNetworkListing>(
    html`<hearth-admin-network-listing
      lang=${lang}
      org="demo"
      member-role=${role}
      .event=${{ ...adminEventFixture(), networkListing: listing }}
    ></hearth-admin-network-listing>`,
  );
  return { el, stub };
}

const radio = (el: Element, value: string) =>
  query<HTMLInputElement>(el, `input[value="${value}"]`);

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-admin-network-listing> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("offers follow the default, always or never, with the event's choice ticked", async () => {
      const mounted = await mountListing(lang, "organiser", ok(memberOverview()), "unlisted");
      stub = mounted.stub;
      await waitFor(mounted.el, "fieldset");
      expect(radio(mounted.el, "unlisted").checked).to.equal(true);
      expect(text(mounted.el)).to.include("Demo Region");
      expect(base(mounted.el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(mounted.el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-network-listing>", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("saves a choice at once and says it is saved", async () => {
    const mounted = await mountListing("en", "owner", ok(memberOverview()));
    stub = mounted.stub.on("PUT", listingPath, ok(null), ok(null));
    await waitFor(mounted.el, "fieldset");
    expect(radio(mounted.el, "default").checked).to.equal(true);
    radio(mounted.el, "listed").click();
    await waitUntil(() => query(mounted.el, '[role="status"]').textContent === "Saved.");
    radio(mounted.el, "default").click();
    await waitUntil(() => stub.calls.filter((call) => call.method === "PUT").length === 2);
    expect(
      stub.calls.filter((call) => call.method === "PUT").map((call) => call.body),
    ).to.deep.equal([{ listing: "listed" }, { listing: null }]);
    expect(text(mounted.el)).to.include("Our default: Demo Region: listed.");
  });

  it("puts the choice back and says why when the save fails", async () => {
    const mounted = await mountListing("en", "owner", ok(memberOverview()), "listed");
    stub = mounted.stub.on("PUT", listingPath, apiError(404, "not_found"));
    await waitFor(mounted.el, "fieldset");
    radio(mounted.el, "unlisted").click();
    await waitUntil(() => text(mounted.el).includes("We could not find this."));
    expect(radio(mounted.el, "listed").checked).to.equal(true);
  });

  it("shows nothing when the organisation joined no network", async () => {
    const mounted = await mountListing("en", "owner", ok(memberOverview({ joined: [] })));
    stub = mounted.stub;
    await waitUntil(() => stub.calls.length === 1);
    await mounted.el.updateComplete;
    expect(has(mounted.el, "fieldset")).to.equal(false);
    expect(mounted.el.hidden).to.equal(true);
  });

  it("asks nothing for a role that does not see networks", async () => {
    const mounted = await mountListing("en", "coordinator", ok(memberOverview()));
    stub = mounted.stub;
    await mounted.el.updateComplete;
    expect(stub.calls).to.have.length(0);
    expect(has(mounted.el, "fieldset")).to.equal(false);
  });
});

describe("the event editor in the dashboard", () => {
  let stub: FetchStub;
  afterEach(() => {
    stub.restore();
    location.hash = "";
  });

  it("shows the networks control below the form of a saved event", async () => {
    location.hash = "#/events/evt_1?org=demo";
    stub = new FetchStub()
      .on("GET", adminApi("/me"), ok(meFixture("organiser")))
      .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event: adminEventFixture() }))
      .on("GET", adminApi("/orgs/demo/events/evt_1/questions"), ok({ questions: [] }))
      .on("GET", overviewPath, ok(memberOverview()))
      .install();
    const app = await fixture(html`<hearth-admin lang="en"></hearth-admin>`);
    await waitUntil(() => shadow(app).querySelector("hearth-admin-event-editor"), "the editor");
    const editor = shadow(app).querySelector("hearth-admin-event-editor")!;
    await waitUntil(
      () => shadow(editor).querySelector("hearth-admin-network-listing"),
      "the control",
    );
    const control = shadow(editor).querySelector("hearth-admin-network-listing")!;
    await waitFor(control, "fieldset");
    expect(text(control)).to.include("Show this event in networks");
  });
});
