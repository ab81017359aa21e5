import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminEventList } from "../../../../widgets/admin/events/event-list.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, demoOrg } from "../helpers/fixtures.js";

const listPath = adminApi("/orgs/demo/events");
const past = adminEventFixture({
  id: "evt_past",
  startsAt: "2020-01-01T10:00:00.000Z",
  endsAt: "2020-01-01T12:00:00.000Z",
  status: "draft",
  title: { en: "Old course" },
  missingTranslations: [],
});
const later = adminEventFixture({
  id: "evt_later",
  startsAt: "2031-01-01T10:00:00.000Z",
  endsAt: "2031-01-01T12:00:00.000Z",
  status: "cancelled",
  title: { en: "Later visit" },
});

/** `later`: what the next pages of the list answer, in turn. */
async function mountList(lang: string, reply: Reply, role = "owner", ...later: Reply[]) {
  const stub = new FetchStub()
    .on("GET", listPath, reply, ...later)
    .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: false } }))
    .install();
  const el = await fixture<HearthAdminEventList>(
    html`<hearth-admin-event-list
      lang=${lang}
      org="demo"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-event-list>`,
  );
  return { el, stub };
}

afterEach(() => {
  location.hash = "";
});

for (const lang of languages) {
  describe(`<hearth-admin-event-list> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says it is loading", async () => {
      const mounted = await mountList(lang, "hang");
      stub = mounted.stub;
      await waitFor(mounted.el, '[role="status"]:not(.live)');
      await expect(mounted.el).to.be.accessible();
    });

    it("lists events with status, places and the two common jobs up front", async () => {
      const mounted = await mountList(
        lang,
        ok({ events: [adminEventFixture(), later], nextCursor: null }),
        "owner",
        ok({ events: [past], nextCursor: null }),
      );
      stub = mounted.stub;
      const { el } = mounted;
      await waitFor(el, "li");
      const titles = () =>
        [...shadow(el).querySelectorAll("h2 a")].map((a) => a.textContent?.trim());
      // No Arabic title yet: the organisation's default language stands in.
      const first = lang === "en" ? "Language café" : "Keelekohvik";
      expect(titles()).to.deep.equal([first, "Later visit"]);
      // Past events only when asked for, under their own heading.
      const showPast = [...shadow(el).querySelectorAll<HTMLButtonElement>("button")].at(-1)!;
      showPast.click();
      await waitFor(el, "#past-title");
      expect(titles()).to.deep.equal([first, "Later visit", "Old course"]);
      expect(shadow(el).activeElement?.id).to.equal("past-title");
      // The heading is what is read out, not a count of the past events alone.
      expect(query(el, ".live").textContent?.trim()).to.equal("");
      expect(
        shadow(el).querySelectorAll(".badge.published, .badge.draft, .badge.cancelled"),
      ).to.have.length(3);
      expect(query<HTMLAnchorElement>(el, ".toolbar a.button").getAttribute("href")).to.equal(
        "#/events/new?org=demo",
      );
      if (lang === "en") {
        expect(text(el)).to.include("12 of 20 places taken");
        expect(text(el)).to.include("Roster / check-in");
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("invites the first event when there are none", async () => {
      const mounted = await mountList(lang, ok({ events: [] }));
      stub = mounted.stub;
      await waitFor(mounted.el, ".empty");
      await expect(mounted.el).to.be.accessible();
    });

    it("offers to try again when the list does not load", async () => {
      const mounted = await mountList(lang, "network");
      stub = mounted.stub;
      await waitFor(mounted.el, '[role="alert"] button');
      await expect(mounted.el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-event-list> daily digest", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("offers every role, a coordinator too, the daily summary by email", async () => {
    const mounted = await mountList("en", ok({ events: [] }), "coordinator");
    stub = mounted.stub;
    const digest = await waitFor(mounted.el, "hearth-admin-digest-preference");
    await waitUntil(() => shadow(digest).querySelector("#digest"));
    expect(text(digest)).to.include("Email me a daily summary of new sign-ups");
    await expect(mounted.el).to.be.accessible();
  });
});

describe("<hearth-admin-event-list> a long list", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows 50 coming events, then the next page below them on request, saying how many", async () => {
    const page = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) =>
        adminEventFixture({ id: `evt_${from + index}`, title: { en: `Course ${from + index}` } }),
      );
    const mounted = await mountList(
      "en",
      ok({ events: page(0, 50), nextCursor: "page-2" }),
      "owner",
      ok({ events: page(50, 3), nextCursor: null }),
    );
    stub = mounted.stub;
    const { el } = mounted;
    await waitUntil(() => shadow(el).querySelectorAll("li").length === 50);
    const more = [...shadow(el).querySelectorAll<HTMLButtonElement>("button")].find((button) =>
      button.textContent?.includes("Show more events"),
    )!;
    more.click();
    await waitUntil(() => shadow(el).querySelectorAll("li").length === 53);
    const asked = stub.calls.filter((call) => call.url.pathname.endsWith("/events")).at(-1)!;
    expect(asked.url.searchParams.get("cursor")).to.equal("page-2");
    expect(asked.url.searchParams.get("when")).to.equal("upcoming");
    expect(query(el, ".live").textContent).to.equal("53 events shown");
    // The last page: no more "Show more", and focus on the first new event's title.
    expect(text(el)).to.not.include("Show more events");
    await waitUntil(
      () => shadow(el).activeElement === shadow(el).querySelector('[data-event="evt_50"] h2 a'),
    );
    await expect(el).to.be.accessible();
  });
});

describe("<hearth-admin-event-list> actions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("duplicates an event and opens the copy", async () => {
    const mounted = await mountList("en", ok({ events: [adminEventFixture()] }));
    stub = mounted.stub.on(
      "POST",
      adminApi("/orgs/demo/events/evt_1/duplicate"),
      ok({ event: adminEventFixture({ id: "evt_2" }) }, 201),
    );
    await waitFor(mounted.el, "li");
    [...shadow(mounted.el).querySelectorAll("button")]
      .find((b) => b.textContent?.includes("Duplicate"))!
      .click();
    await waitUntil(() => location.hash === "#/events/evt_2?org=demo");
  });
});

describe("<hearth-admin-event-list> on a 320 px phone", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("wraps a long badge instead of pushing the page sideways", async () => {
    const draft = adminEventFixture({
      status: "draft",
      missingTranslations: ["es", "ar", "uk", "et", "ru", "fa", "ps", "ti", "so", "ckb"],
    });
    const frame = document.createElement("div");
    frame.style.inlineSize = "320px";
    document.body.append(frame);
    try {
      const mounted = await mountList("en", ok({ events: [draft] }));
      stub = mounted.stub;
      frame.append(mounted.el);
      await waitFor(mounted.el, "li");
      const card = query(mounted.el, "li");
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(mounted.el.scrollWidth).to.be.at.most(320);
    } finally {
      frame.remove();
    }
  });
});
