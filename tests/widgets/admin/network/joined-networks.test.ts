import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminNetwork } from "../../../../widgets/admin/network/network-page.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { buttonsNamed, deepQuery, deepText, memberOverview } from "./network-fixtures.js";

const overviewPath = adminApi("/orgs/demo/network");
const membershipPath = adminApi("/orgs/demo/networks/demo-region");

async function mountMember(lang: string, role: string, overview: Reply[], stub = new FetchStub()) {
  stub.on("GET", overviewPath, ...overview).install();
  const el = await fixture<HearthAdminNetwork>(
    html`<hearth-admin-network
      lang=${lang}
      org="demo"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-network>`,
  );
  await waitUntil(() => deepQuery(el, "#default-demo-region"), "the joined network");
  return { el, stub };
}

const click = (el: Element, label: string) => {
  const button = buttonsNamed(el, label)[0];
  if (!button) throw new Error(`No button "${label}"`);
  button.click();
};

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-admin-network> for a member in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists the networks it joined, with the default and Leave", async () => {
      const { el, stub: installed } = await mountMember(lang, "owner", [ok(memberOverview())]);
      stub = installed;
      expect(deepText(el)).to.include("Demo Region");
      expect(deepQuery<HTMLInputElement>(el, "#default-demo-region")!.checked).to.equal(true);
      // Not a network itself: how to run one follows, for owners with its button.
      expect(deepQuery(el, "#intro-title")).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-network> for a member", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("saves the default as soon as the box changes, and says so", async () => {
    ({ stub } = await mountMember("en", "owner", [ok(memberOverview())]));
    stub.on("PUT", membershipPath, ok(null));
    const el = document.querySelector("hearth-admin-network")!;
    deepQuery<HTMLInputElement>(el, "#default-demo-region")!.click();
    await waitUntil(() => deepQuery(el, "#default-demo-region-saved")?.textContent === "Saved.");
    expect(stub.calls.find((call) => call.method === "PUT")!.body).to.deep.equal({
      listByDefault: false,
    });
    expect(deepQuery<HTMLInputElement>(el, "#default-demo-region")!.checked).to.equal(false);
  });

  it("puts the box back and says why when the save fails", async () => {
    ({ stub } = await mountMember("en", "owner", [ok(memberOverview())]));
    stub.on("PUT", membershipPath, apiError(403, "forbidden"));
    const el = document.querySelector("hearth-admin-network")!;
    const box = deepQuery<HTMLInputElement>(el, "#default-demo-region")!;
    box.click();
    await waitUntil(() => deepText(el).includes("Your role does not allow this."));
    expect(box.checked).to.equal(true);
  });

  it("asks before leaving, then leaves and says so", async () => {
    ({ stub } = await mountMember("en", "owner", [
      ok(memberOverview()),
      ok(memberOverview({ joined: [] })),
    ]));
    stub.on("DELETE", membershipPath, ok(null));
    const el = document.querySelector("hearth-admin-network")!;
    click(el, "Leave");
    await waitUntil(() => deepText(el).includes("Leave Demo Region?"));
    expect(stub.calls.some((call) => call.method === "DELETE")).to.equal(false);
    click(el, "Yes, leave");
    await waitUntil(() => deepText(el).includes("You left Demo Region."));
    await waitUntil(() => deepQuery(el, "#default-demo-region") === null, "the list read again");
    expect(deepText(el)).to.include("ask the network for a link");
    // The Leave button is gone: focus goes to the page's heading, not to nowhere.
    expect(el.shadowRoot!.activeElement?.id).to.equal("network-title");
  });

  it("shows organisers the choice but leaves changing it to owners", async () => {
    ({ stub } = await mountMember("en", "organiser", [ok(memberOverview())]));
    const el = document.querySelector("hearth-admin-network")!;
    expect(deepQuery<HTMLInputElement>(el, "#default-demo-region")!.disabled).to.equal(true);
    expect(buttonsNamed(el, "Leave")).to.have.length(0);
    expect(deepText(el)).to.include("Only owners can change this.");
    expect(deepText(el)).to.include("Only owners can make this organisation a network.");
  });
});
