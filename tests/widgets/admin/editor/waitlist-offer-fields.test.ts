import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { EventInput } from "../../../../schema/contracts/admin/events.js";
import type { HearthAdminEventEditor } from "../../../../widgets/admin/editor/event-editor.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { hasFocus, languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, demoOrg } from "../helpers/fixtures.js";

const eventPath = adminApi("/orgs/demo/events/evt_1");

async function mountEditor(lang: string, stub: FetchStub) {
  stub.install();
  const el = await fixture<HearthAdminEventEditor>(
    html`<hearth-admin-event-editor
      lang=${lang}
      org="demo"
      member-role="owner"
      event-id="evt_1"
      .organisation=${demoOrg}
    ></hearth-admin-event-editor>`,
  );
  await waitFor(el, "form");
  return el;
}

const choice = (el: Element, value: "now" | "hold") =>
  query<HTMLInputElement>(el, `input[name="waitlistOffer"][value="${value}"]`);

const hours = (el: Element) =>
  shadow(el).querySelector<HTMLInputElement>('[name="waitlistOfferHours"]');

async function save(
  el: HearthAdminEventEditor,
  stub: FetchStub,
  reply: Reply,
): Promise<EventInput> {
  stub.on("PUT", eventPath, reply);
  query<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await waitUntil(() => stub.calls.some((call) => call.method === "PUT"));
  return stub.calls.find((call) => call.method === "PUT")!.body as EventInput;
}

for (const lang of languages) {
  describe(`<hearth-admin-event-editor> when a place becomes free, in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("gives a freed place at once by default, and offers it for 24 hours when asked", async () => {
      stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() }));
      const el = await mountEditor(lang, stub);
      const legend = query(el, ".waitlist-offer legend");
      if (lang === "en") expect(legend.textContent).to.include("When a place becomes free");
      expect(choice(el, "now").checked).to.equal(true);
      expect(hours(el) === null).to.equal(true);
      choice(el, "hold").click();
      await el.updateComplete;
      expect(hours(el)!.value).to.equal("24");
      expect(hours(el)!.min).to.equal("1");
      expect(hours(el)!.max).to.equal("168");
      const hint = query(el, `#${hours(el)!.getAttribute("aria-describedby")}`);
      if (lang === "en")
        expect(hint.textContent).to.include("Close to the event, the time is shorter.");
      await expect(el).to.be.accessible();
      const body = await save(
        el,
        stub,
        ok({ event: adminEventFixture({ waitlistOfferHours: 24 }) }),
      );
      expect(body.waitlistOfferHours).to.equal(24);
    });

    it("shows the server's refusal of the hours beside the field", async () => {
      stub = new FetchStub().on(
        "GET",
        eventPath,
        ok({ event: adminEventFixture({ waitlistOfferHours: 48 }) }),
      );
      const el = await mountEditor(lang, stub);
      expect(choice(el, "hold").checked).to.equal(true);
      hours(el)!.value = "500";
      hours(el)!.dispatchEvent(new Event("input", { bubbles: true }));
      const body = await save(
        el,
        stub,
        apiError(422, "validation_failed", {
          waitlistOfferHours: {
            code: "too_large",
            params: { max: 168 },
            message: "Give people at most 168 hours (a week) to answer.",
          },
        }),
      );
      expect(body.waitlistOfferHours).to.equal(500);
      const error = await waitFor(el, "#f-waitlistOfferHours-error");
      if (lang === "en") expect(error.textContent).to.include("at most 168 hours");
      else expect(error.textContent).to.match(/168|١٦٨/);
      expect(hours(el)!.getAttribute("aria-invalid")).to.equal("true");
      expect(hasFocus(el, hours(el))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-event-editor> saving when a place becomes free", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends the hours typed", async () => {
    stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() }));
    const el = await mountEditor("en", stub);
    choice(el, "hold").click();
    await el.updateComplete;
    hours(el)!.value = "6";
    hours(el)!.dispatchEvent(new Event("input", { bubbles: true }));
    const body = await save(el, stub, ok({ event: adminEventFixture({ waitlistOfferHours: 6 }) }));
    expect(body.waitlistOfferHours).to.equal(6);
  });

  it("sends null when an event that held places gives them at once again", async () => {
    stub = new FetchStub().on(
      "GET",
      eventPath,
      ok({ event: adminEventFixture({ waitlistOfferHours: 12 }) }),
    );
    const el = await mountEditor("en", stub);
    expect(hours(el)!.value).to.equal("12");
    choice(el, "now").click();
    await el.updateComplete;
    expect(hours(el) === null).to.equal(true);
    const body = await save(el, stub, ok({ event: adminEventFixture() }));
    expect(body.waitlistOfferHours).to.equal(null);
  });
});
