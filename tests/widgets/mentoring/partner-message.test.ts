import { register } from "../../../widgets/mentoring/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { expect, fixture, html } from "@open-wc/testing";
import type { HearthMentoring } from "../../../widgets/mentoring/mentoring.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { base, fill, has, hasFocus, query, text, waitFor } from "../helpers/shadow.js";
import { personFixture, personPath } from "./fixtures.js";

register();
setApiOrigin("https://hearth.test");

const messagesPath = /^\/api\/v1\/mentoring\/people\/mnt_1\/messages$/;
const partner = {
  pairId: "mnp_1",
  firstName: "Mari",
  modes: ["online" as const],
  email: null,
  youShared: false,
  theyShared: false,
};

function mount(lang: string) {
  return fixture<HearthMentoring>(
    html`<hearth-mentoring person="mnt_1" token="secret" lang=${lang}></hearth-mentoring>`,
  );
}

function stubWith(...replies: Reply[]) {
  const stub = new FetchStub().on(
    "GET",
    personPath,
    ok({ person: personFixture({ partners: [partner] }) }),
  );
  if (replies.length > 0) stub.on("POST", messagesPath, ...replies);
  return stub.install();
}

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "POST");

async function openForm(el: HearthMentoring) {
  await waitFor(el, ".write");
  query(el, ".write").click();
  await waitFor(el, ".message-form");
}

async function submit(el: HearthMentoring) {
  query<HTMLFormElement>(el, ".message-form").requestSubmit();
  // The answer arrives, then the page renders what it said.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-mentoring> writing to a partner in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("opens a labelled message box with the characters left, focused", async () => {
      stub = stubWith();
      const el = await mount(lang);
      await openForm(el);
      const box = query<HTMLTextAreaElement>(el, ".message-form textarea");
      expect(hasFocus(el, box)).to.equal(true);
      expect(query(el, ".write").getAttribute("aria-expanded")).to.equal("true");
      expect(box.labels?.[0]?.textContent).to.include("Mari");
      expect(box.maxLength).to.equal(2000);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      fill(el, ".message-form textarea", "Tere!");
      await el.updateComplete;
      expect(query(el, ".left").textContent).to.match(/1[\s,.\u00a0\u202f]?995|١٬?٩٩٥/);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-mentoring> writing to a partner", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends the pair and the words with the token, then says it went and the address stays hidden", async () => {
    stub = stubWith(ok({ leftToday: 9 }, 201));
    const el = await mount("en");
    await openForm(el);
    fill(el, ".message-form textarea", "  Can we meet on Tuesday?\nAt 18:00.  ");
    await submit(el);
    const [post] = posts(stub);
    expect(post!.body).to.deep.equal({
      pairId: "mnp_1",
      text: "Can we meet on Tuesday?\nAt 18:00.",
    });
    expect(post!.headers.get("Authorization")).to.equal("Bearer secret");
    expect(query(el, ".sent").textContent).to.equal(
      "Sent. Mari gets it by email; your address stays hidden.",
    );
    expect(query(el, ".sent").getAttribute("role")).to.equal("status");
    expect(text(el)).not.to.include("Your message to Mari");
    expect(hasFocus(el, query(el, ".write"))).to.equal(true);
  });

  it("asks for words before sending an empty message", async () => {
    stub = stubWith(ok({ leftToday: 9 }, 201));
    const el = await mount("en");
    await openForm(el);
    fill(el, ".message-form textarea", "   ");
    await submit(el);
    expect(posts(stub)).to.have.length(0);
    expect(query(el, ".message-form .error").textContent).to.equal("Write a message first.");
    expect(query(el, ".message-form textarea").getAttribute("aria-invalid")).to.equal("true");
  });

  it("says when the daily limit is reached, keeping the words", async () => {
    stub = stubWith({
      status: 429,
      body: {
        error: {
          code: "message_limit",
          message: "Too many.",
          params: { limit: 10, retryAfter: 3600 },
        },
      },
    });
    const el = await mount("en");
    await openForm(el);
    fill(el, ".message-form textarea", "One more thing");
    await submit(el);
    const error = query(el, ".message-form .error");
    expect(error.getAttribute("role")).to.equal("alert");
    expect(error.textContent).to.include("You can send 10 messages in 24 hours.");
    expect(error.textContent).to.include("You can write again after");
    expect(query<HTMLTextAreaElement>(el, ".message-form textarea").value).to.equal(
      "One more thing",
    );
    expect(hasFocus(el, query(el, ".message-form textarea"))).to.equal(true);
  });

  it("says when the pair has ended, in the reader's language", async () => {
    stub = stubWith(apiError(409, "pair_ended"));
    const el = await mount("uk");
    await openForm(el);
    fill(el, ".message-form textarea", "Привіт!");
    await submit(el);
    expect(query(el, ".message-form .error").textContent).to.equal(
      "Ця пара вже не діє, тому повідомлення не надіслано.",
    );
  });

  it("offers no message box once both see each other's address", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        personPath,
        ok({ person: personFixture({ partners: [{ ...partner, email: "mari@example.org" }] }) }),
      )
      .install();
    const el = await mount("en");
    await waitFor(el, ".partner");
    expect(has(el, ".write")).to.equal(false);
  });
});
