import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminMessages } from "../../../../widgets/admin/messages/messages.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { outboxMessageFixture } from "../helpers/fixtures.js";

const outboxPath = adminApi("/orgs/demo/outbox");
const confirmation = outboxMessageFixture();
const digest = outboxMessageFixture({
  id: "msg_2",
  kind: "digest",
  attempts: 3,
  lastError: null,
  registration: null,
});

/** `lists` answers the loads in order, the last one repeating. */
async function mountMessages(lang: string, lists: Reply | Reply[], stub = new FetchStub()) {
  stub.on("GET", outboxPath, ...[lists].flat()).install();
  const el = await fixture<HearthAdminMessages>(
    html`<hearth-admin-messages lang=${lang} org="demo"></hearth-admin-messages>`,
  );
  return { el, stub };
}

const rows = (el: Element) => shadow(el).querySelectorAll("tbody tr");

for (const lang of languages) {
  describe(`<hearth-admin-messages> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says it is loading", async () => {
      const mounted = await mountMessages(lang, "hang");
      stub = mounted.stub;
      await waitFor(mounted.el, '[role="status"]:not(.live)');
      await expect(mounted.el).to.be.accessible();
    });

    it("lists the messages that could not be sent, in plain words", async () => {
      const mounted = await mountMessages(lang, ok({ messages: [confirmation, digest] }));
      stub = mounted.stub;
      const { el } = mounted;
      await waitFor(el, "tbody tr");
      expect(stub.calls[0]!.url.searchParams.get("status")).to.equal("failed");
      expect(rows(el)).to.have.length(2);
      const link = query<HTMLAnchorElement>(el, "tbody a");
      expect(link.getAttribute("href")).to.equal("#/events/evt_1/roster?org=demo");
      expect(link.textContent).to.include("K7M2QX");
      expect(shadow(el).querySelectorAll("tbody button")).to.have.length(2);
      if (lang === "en") {
        const kinds = [...shadow(el).querySelectorAll("tbody th")].map((th) => th.textContent);
        expect(kinds).to.deep.equal(["Confirmation", "Daily summary"]);
        expect(text(el)).to.include("550 Mailbox unavailable");
        expect(text(el)).to.include("The team");
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("says when every message was sent", async () => {
      const mounted = await mountMessages(lang, ok({ messages: [] }));
      stub = mounted.stub;
      const empty = await waitFor(mounted.el, ".empty");
      if (lang === "en") expect(empty.textContent).to.equal("All messages were sent.");
      await expect(mounted.el).to.be.accessible();
    });

    it("offers to try again when the list does not load", async () => {
      const mounted = await mountMessages(lang, "network");
      stub = mounted.stub;
      await waitFor(mounted.el, '[role="alert"] button');
      await expect(mounted.el).to.be.accessible();
    });

    it("sends a message again, takes it off the list and says so", async () => {
      const mounted = await mountMessages(
        lang,
        ok({ messages: [confirmation, digest] }),
        new FetchStub().on(
          "POST",
          adminApi("/orgs/demo/outbox/msg_1/retry"),
          ok({ message: { ...confirmation, status: "pending", attempts: 0 } }),
        ),
      );
      stub = mounted.stub;
      const { el } = mounted;
      await waitFor(el, "tbody button");
      query<HTMLButtonElement>(el, "tbody button").click();
      await waitUntil(() => rows(el).length === 1, "the message leaves the list");
      expect(query(el, "tbody").textContent).to.not.include("K7M2QX");
      if (lang === "en")
        expect(query(el, ".live").textContent).to.equal("It will be sent again in a moment.");
      // Focus moves to the next row's button, not to the page.
      expect(shadow(el).activeElement).to.equal(query(el, "tbody button"));
      await expect(el).to.be.accessible();
    });

    it("keeps the message and explains when sending again fails", async () => {
      const mounted = await mountMessages(
        lang,
        ok({ messages: [confirmation] }),
        new FetchStub().on("POST", adminApi("/orgs/demo/outbox/msg_1/retry"), "network"),
      );
      stub = mounted.stub;
      const { el } = mounted;
      await waitFor(el, "tbody button");
      query<HTMLButtonElement>(el, "tbody button").click();
      await waitUntil(() => query(el, ".live").textContent !== "", "explains");
      expect(rows(el)).to.have.length(1);
      if (lang === "en") expect(query(el, ".live").textContent).to.include("could not connect");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-messages> details", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("says plainly when the message was no longer waiting to be sent again, and reloads", async () => {
    const mounted = await mountMessages(
      "en",
      [ok({ messages: [confirmation] }), ok({ messages: [] })],
      new FetchStub().on(
        "POST",
        adminApi("/orgs/demo/outbox/msg_1/retry"),
        apiError(409, "invalid_state"),
      ),
    );
    stub = mounted.stub;
    const { el } = mounted;
    await waitFor(el, "tbody button");
    query<HTMLButtonElement>(el, "tbody button").click();
    await waitUntil(() => query(el, ".live").textContent !== "", "explains");
    expect(query(el, ".live").textContent).to.include("already on its way again");
    await waitFor(el, ".empty");
    expect(stub.calls.filter((call) => call.method === "GET")).to.have.length(2);
  });

  it("shows the messages waiting or sent, without the button to send again", async () => {
    const pending = outboxMessageFixture({ id: "msg_3", status: "pending", lastError: null });
    const mounted = await mountMessages("en", ok({ messages: [pending] }));
    stub = mounted.stub;
    const { el } = mounted;
    const select = (await waitFor(el, "#messages-status")) as HTMLSelectElement;
    await waitFor(el, "tbody tr");
    select.value = "pending";
    select.dispatchEvent(new Event("change"));
    await waitUntil(() => stub.calls.length === 2);
    expect(stub.calls[1]!.url.searchParams.get("status")).to.equal("pending");
    await waitFor(el, "tbody tr");
    expect(shadow(el).querySelector("tbody button")).to.equal(null);
    expect(query(el, "caption").textContent?.trim()).to.equal("Waiting to be sent");
    await expect(el).to.be.accessible();
  });
});
