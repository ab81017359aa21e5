import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { MeResponse } from "../../../../schema/contracts/admin/session.js";
import type { HearthAdminNetworkJoin } from "../../../../widgets/admin/network/network-join.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, has, hasFocus, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg, meFixture } from "../helpers/fixtures.js";

const token = "tok_abcdefghijklmnopqrstuvwxyz";
const preview = (alreadyMember = false) =>
  ok({ network: { slug: "demo-region", name: "Demo Region" }, alreadyMember });
const kitchen = { ...demoOrg, slug: "kitchen", name: "Open Kitchen" };

async function mountJoin(lang: string, me: MeResponse, stub: FetchStub) {
  stub.on("GET", adminApi("/me"), ok(me)).install();
  const el = await fixture<HearthAdminNetworkJoin>(
    html`<hearth-admin-network-join
      lang=${lang}
      org="demo"
      member-role=${me.memberships[0]!.role}
      .organisation=${demoOrg}
      token=${token}
    ></hearth-admin-network-join>`,
  );
  return el;
}

const previewing = (reply: Reply, slug = "demo") =>
  new FetchStub().on("POST", adminApi(`/orgs/${slug}/networks/preview`), reply);

const buttonNamed = (el: Element, label: string) =>
  [...shadow(el).querySelectorAll("button")].find((b) => b.textContent?.includes(label))!;

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-admin-network-join> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says who invites whom and what joining means, with Join and Not now", async () => {
      stub = previewing(preview());
      const el = await mountJoin(
        lang,
        meFixture("owner", { user: { ...meFixture().user, locale: lang } }),
        stub,
      );
      await waitFor(el, "#means-title");
      expect(text(el)).to.include("Demo Region");
      expect(text(el)).to.include("Demo City");
      expect(shadow(el).querySelectorAll(".points li")).to.have.length(3);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("says a dead link is dead and what to do", async () => {
      stub = previewing(apiError(404, "not_found"));
      const el = await mountJoin(lang, meFixture("owner"), stub);
      await waitFor(el, '[role="alert"] p');
      expect(has(el, "#means-title")).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-network-join>", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("previews the link, then joins on Join and says so", async () => {
    stub = previewing(preview()).on("POST", adminApi("/orgs/demo/networks/join"), preview());
    const el = await mountJoin("en", meFixture("owner"), stub);
    await waitFor(el, "#means-title");
    expect(text(el)).to.include(
      "Demo Region invites Demo City to list its events in its catalogue.",
    );
    expect(text(el)).to.include("never the people who signed up");
    expect(stub.calls.some((call) => call.url.pathname.endsWith("/join"))).to.equal(false);
    buttonNamed(el, "Join").click();
    const done = await waitFor(el, ".joined");
    expect(text(el)).to.include("Demo City joined Demo Region.");
    expect(hasFocus(el, done)).to.equal(true);
    expect(query(el, ".joined a").getAttribute("href")).to.equal("#/network?org=demo");
    const join = stub.calls.find((call) => call.url.pathname.endsWith("/join"))!;
    expect(join.body).to.deep.equal({ token });
    expect(stub.calls.find((call) => call.url.pathname.endsWith("/preview"))!.body).to.deep.equal({
      token,
    });
  });

  it("gives English readers the API's words for a dead link, and the next step", async () => {
    stub = new FetchStub().on("POST", adminApi("/orgs/demo/networks/preview"), {
      status: 404,
      body: {
        error: {
          code: "not_found",
          message:
            "This network link is not valid any more: it was used, withdrawn or is older than 14 days. Ask the network for a new one.",
        },
      },
    });
    const el = await mountJoin("en", meFixture("owner"), stub);
    await waitFor(el, '[role="alert"] p');
    expect(text(el)).to.include("This network link is not valid any more");
    expect(text(el)).to.include("Ask the network for a new link.");
  });

  it("says a link that died meanwhile is dead when Join is pressed", async () => {
    stub = previewing(preview()).on(
      "POST",
      adminApi("/orgs/demo/networks/join"),
      apiError(404, "not_found"),
    );
    const el = await mountJoin("ar", meFixture("owner"), stub);
    await waitFor(el, "#means-title");
    buttonNamed(el, "انضم").click();
    await waitUntil(() => text(el).includes("اطلب من الشبكة رابطًا جديدًا."));
    expect(has(el, ".joined")).to.equal(false);
  });

  it("tells someone who owns nothing who can accept, and asks nothing", async () => {
    stub = new FetchStub();
    const el = await mountJoin("en", meFixture("organiser"), stub);
    await waitUntil(() => text(el).includes("Only an owner can accept a network's link."));
    expect(text(el)).to.include("You are not an owner of Demo City");
    expect(stub.calls.some((call) => call.method === "POST")).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it("lets someone who owns several organisations choose which one joins", async () => {
    stub = previewing(preview())
      .on("POST", adminApi("/orgs/kitchen/networks/preview"), preview())
      .on("POST", adminApi("/orgs/kitchen/networks/join"), preview());
    const me = meFixture("owner", {
      memberships: [
        { organisation: demoOrg, role: "owner" },
        { organisation: kitchen, role: "owner" },
      ],
    });
    const el = await mountJoin("en", me, stub);
    await waitFor(el, "#means-title");
    const select = query<HTMLSelectElement>(el, "#joining");
    expect(select.value).to.equal("demo");
    select.value = "kitchen";
    select.dispatchEvent(new Event("change"));
    await waitUntil(() => text(el).includes("Demo Region invites Open Kitchen"));
    buttonNamed(el, "Join").click();
    await waitFor(el, ".joined");
    expect(
      stub.calls.some((call) => call.url.pathname === "/api/v1/admin/orgs/kitchen/networks/join"),
    ).to.equal(true);
  });

  it("says an organisation already in the network has nothing to do", async () => {
    stub = previewing(preview(true));
    const el = await mountJoin("en", meFixture("owner"), stub);
    await waitUntil(() => text(el).includes("Demo City is already in Demo Region."));
    expect(buttonNamed(el, "Join")).to.equal(undefined);
  });

  it("refuses a network's own link in plain words", async () => {
    stub = previewing(ok({ network: { slug: "demo", name: "Demo City" }, alreadyMember: false }));
    const el = await mountJoin("en", meFixture("owner"), stub);
    await waitUntil(() => text(el).includes("An organisation can't join its own network."));
    expect(buttonNamed(el, "Join")).to.equal(undefined);
  });
});
