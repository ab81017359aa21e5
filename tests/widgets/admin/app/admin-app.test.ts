import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdmin } from "../../../../widgets/admin/app/admin-app.js";
import type { HearthAdminRoster } from "../../../../widgets/admin/roster/roster.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import {
  adminEventFixture,
  demoOrg,
  meFixture,
  rosterFixture,
  teamFixture,
} from "../helpers/fixtures.js";

async function mountApp(hash: string, lang: string, me: Reply, stub = new FetchStub()) {
  location.hash = hash;
  stub.on("GET", adminApi("/me"), me).install();
  const el = await fixture<HearthAdmin>(html`<hearth-admin lang=${lang}></hearth-admin>`);
  return { el, stub };
}

/** The element a view renders inside the app's shadow root. */
async function view<T extends Element>(app: Element, tag: string): Promise<T> {
  await waitUntil(() => shadow(app).querySelector(tag), `waiting for <${tag}>`);
  return shadow(app).querySelector<T>(tag)!;
}

afterEach(() => {
  location.hash = "";
});

for (const lang of languages) {
  describe(`<hearth-admin> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says it is loading while it asks who is signed in", async () => {
      ({ stub } = await mountApp("#/events", lang, "hang"));
      await waitUntil(() =>
        shadow(document.querySelector("hearth-admin")!).querySelector('main [role="status"]'),
      );
      const el = document.querySelector("hearth-admin")!;
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("shows the sign-in form when nobody is signed in", async () => {
      const mounted = await mountApp("#/events", lang, apiError(401, "unauthorized"));
      stub = mounted.stub;
      const signIn = await view(mounted.el, "hearth-admin-sign-in");
      await waitUntil(() => shadow(signIn).querySelector("form"));
      expect(base(signIn).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(mounted.el).to.be.accessible();
    });

    it("shows an owner every view and the events list", async () => {
      const mounted = await mountApp(
        "#/events",
        lang,
        ok(meFixture("owner", { user: { ...meFixture().user, locale: lang } })),
        new FetchStub()
          .on("GET", adminApi("/orgs/demo/events"), ok({ events: [adminEventFixture()] }))
          .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: true } })),
      );
      stub = mounted.stub;
      const list = await view(mounted.el, "hearth-admin-event-list");
      await waitUntil(() => shadow(list).querySelector("li"));
      const links = shadow(mounted.el).querySelectorAll("nav a");
      expect(links).to.have.length(8);
      expect(links[0]!.getAttribute("aria-current")).to.equal("page");
      await expect(mounted.el).to.be.accessible();
    });
  });
}

describe("<hearth-admin> roles and organisations", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows a coordinator only the events, and no settings, team or audit", async () => {
    const mounted = await mountApp(
      "#/events",
      "en",
      ok(meFixture("coordinator")),
      new FetchStub().on(
        "GET",
        adminApi("/orgs/demo/events"),
        ok({ events: [adminEventFixture()] }),
      ),
    );
    stub = mounted.stub;
    const list = await view(mounted.el, "hearth-admin-event-list");
    await waitUntil(() => shadow(list).querySelector("li"));
    const nav = [...shadow(mounted.el).querySelectorAll("nav a")].map((a) => a.textContent?.trim());
    expect(nav).to.deep.equal(["Events"]);
    expect(text(list)).to.not.include("New event");
    expect(text(list)).to.not.include("Duplicate");
    expect(text(list)).to.include("Roster / check-in");
  });

  it("gives a page the organisation, role and user from its one page state", async () => {
    const mounted = await mountApp(
      "#/events/evt_1/roster?org=demo",
      "en",
      ok(meFixture("coordinator")),
      new FetchStub()
        .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event: adminEventFixture() }))
        .on("GET", adminApi("/orgs/demo/events/evt_1/registrations"), ok(rosterFixture())),
    );
    stub = mounted.stub;
    const roster = await view<HearthAdminRoster>(mounted.el, "hearth-admin-roster");
    await waitUntil(() => shadow(roster).querySelector("table"), "the roster loads");
    // Only the event's id is an attribute; the rest came from the app's page state.
    expect(roster.getAttributeNames().sort()).to.deep.equal(["event-id", "lang"]);
    expect(roster.org).to.equal("demo");
    expect(roster.memberRole).to.equal("coordinator");
    expect(roster.organisation).to.deep.equal(demoOrg);
    expect(roster.userId).to.equal(meFixture("coordinator").user.id);
  });

  it("shows an organiser the messages that could not be sent", async () => {
    const mounted = await mountApp(
      "#/messages",
      "en",
      ok(meFixture("organiser")),
      new FetchStub().on("GET", adminApi("/orgs/demo/outbox"), ok({ messages: [] })),
    );
    stub = mounted.stub;
    const messages = await view(mounted.el, "hearth-admin-messages");
    await waitUntil(() => shadow(messages).querySelector(".empty"));
    const nav = [...shadow(mounted.el).querySelectorAll("nav a")].map((a) => a.textContent?.trim());
    expect(nav).to.deep.equal([
      "Events",
      "Volunteer roles",
      "Language Friends",
      "Messages",
      "Network",
      "Settings",
    ]);
    expect(query(mounted.el, 'nav a[aria-current="page"]').textContent?.trim()).to.equal(
      "Messages",
    );
  });

  it("refuses a coordinator the messages page", async () => {
    const mounted = await mountApp("#/messages", "en", ok(meFixture("coordinator")));
    stub = mounted.stub;
    await waitUntil(() => shadow(mounted.el).querySelector('main [role="alert"]'));
    expect(shadow(mounted.el).querySelector("hearth-admin-messages")).to.equal(null);
  });

  it("refuses a view the role does not allow, with a way back", async () => {
    const mounted = await mountApp("#/team", "en", ok(meFixture("organiser")));
    stub = mounted.stub;
    await waitUntil(() => shadow(mounted.el).querySelector('main [role="alert"]'));
    expect(text(mounted.el)).to.include("Your role does not include this page.");
    await expect(mounted.el).to.be.accessible();
  });

  it("names a refused view in its h1 and the page title, and moves focus there", async () => {
    const mounted = await mountApp("#/events", "en", ok(meFixture("organiser")));
    stub = mounted.stub.on("GET", adminApi("/orgs/demo/events"), ok({ events: [] }));
    await view(mounted.el, "hearth-admin-event-list");
    location.hash = "#/team?org=demo";
    await waitUntil(() => shadow(mounted.el).querySelector("main h1"), "no h1");
    const heading = query(mounted.el, "main h1");
    expect(heading.textContent).to.equal("Your role does not include this page.");
    await waitUntil(() => shadow(mounted.el).activeElement === heading, "focus stays behind");
    expect(document.title).to.equal("Your role does not include this page. – Hearth dashboard");
  });

  it("gives someone in no organisation yet a page with an h1", async () => {
    const mounted = await mountApp("#/events", "en", ok(meFixture("owner", { memberships: [] })));
    stub = mounted.stub;
    await waitUntil(() => shadow(mounted.el).querySelector("main h1"), "no h1");
    expect(query(mounted.el, "main h1").textContent).to.equal("Hearth dashboard");
    expect(text(mounted.el)).to.include("You are not in any organisation yet.");
    await expect(mounted.el).to.be.accessible();
  });

  it("switches organisation through the URL, not storage, leaving the other's event", async () => {
    const other = { ...demoOrg, slug: "tartu", name: "Tartu NGO" };
    const me = meFixture("owner", {
      memberships: [
        { organisation: demoOrg, role: "owner" },
        { organisation: other, role: "coordinator" },
      ],
    });
    const mounted = await mountApp(
      "#/events/evt_1",
      "en",
      ok(me),
      new FetchStub()
        .on("GET", adminApi("/orgs/demo/events/evt_1"), "hang")
        .on("GET", adminApi("/orgs/tartu/events"), ok({ events: [] })),
    );
    stub = mounted.stub;
    const select = await waitUntil(() => shadow(mounted.el).querySelector("#org-switch")).then(() =>
      query<HTMLSelectElement>(mounted.el, "#org-switch"),
    );
    select.value = "tartu";
    select.dispatchEvent(new Event("change"));
    await waitUntil(
      () => location.hash === "#/events?org=tartu",
      "the hash names the organisation",
    );
    const list = await view(mounted.el, "hearth-admin-event-list");
    await waitUntil(() => shadow(list).querySelector(".empty"));
    // A coordinator in Tartu: only events.
    expect(shadow(mounted.el).querySelectorAll("nav a")).to.have.length(1);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it("follows the signed-in person's language, and the switcher changes it", async () => {
    const mounted = await mountApp(
      "#/events",
      "",
      ok(meFixture("owner", { user: { ...meFixture().user, locale: "ar" } })),
      new FetchStub().on("GET", adminApi("/orgs/demo/events"), ok({ events: [] })),
    );
    stub = mounted.stub;
    await waitUntil(() => base(mounted.el).getAttribute("dir") === "rtl", "Arabic, right to left");
    const select = query<HTMLSelectElement>(mounted.el, "#lang-switch");
    select.value = "es";
    select.dispatchEvent(new Event("change"));
    await waitUntil(() => base(mounted.el).getAttribute("lang") === "es");
    expect(text(mounted.el)).to.include("Actividades");
  });
});

describe("<hearth-admin> moving between views", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("names the page after the view's h1 and moves focus to it when the view changes", async () => {
    const mounted = await mountApp(
      "#/events?org=demo",
      "en",
      ok(meFixture("owner")),
      new FetchStub()
        .on("GET", adminApi("/orgs/demo/events"), ok({ events: [adminEventFixture()] }))
        .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: true } }))
        .on("GET", adminApi("/orgs/demo/team"), ok(teamFixture())),
    );
    stub = mounted.stub;
    const list = await view(mounted.el, "hearth-admin-event-list");
    await waitUntil(() => document.title === "Events – Hearth dashboard", "the page is named");
    // Opening the dashboard leaves focus where the browser put it.
    expect(shadow(list).activeElement).to.equal(null);

    query<HTMLAnchorElement>(mounted.el, 'nav a[href^="#/team"]').click();
    const team = await view(mounted.el, "hearth-admin-team");
    await waitUntil(
      () => shadow(team).activeElement?.localName === "h1",
      "the team's h1 has focus",
    );
    expect(document.title).to.equal("Team – Hearth dashboard");
  });

  it("moves focus to the sign-in page's h1 after signing out", async () => {
    const mounted = await mountApp(
      "#/events?org=demo",
      "en",
      ok(meFixture("owner")),
      new FetchStub()
        .on("GET", adminApi("/orgs/demo/events"), ok({ events: [] }))
        .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: true } }))
        .on("DELETE", adminApi("/session"), ok(null)),
    );
    stub = mounted.stub;
    await view(mounted.el, "hearth-admin-event-list");
    [...shadow(mounted.el).querySelectorAll<HTMLButtonElement>("header button")]
      .find((button) => button.textContent?.trim() === "Sign out")!
      .click();
    // The page's form, not the "sign in again" dialog's.
    const signIn = await view(mounted.el, "main hearth-admin-sign-in");
    await waitUntil(() => shadow(signIn).activeElement?.localName === "h1", "sign-in h1 has focus");
    expect(document.title).to.equal("Sign in – Hearth dashboard");
  });
});

describe("<hearth-admin> when the session ends mid-edit", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  for (const lang of languages) {
    it(`asks to sign in again over the form, keeps the edits and saves them after (${lang})`, async () => {
      const saved = adminEventFixture({
        version: 4,
        title: { ...adminEventFixture().title, en: "Tea and talk" },
      });
      const mounted = await mountApp(
        "#/events/evt_1",
        lang,
        ok(meFixture()),
        new FetchStub()
          .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event: adminEventFixture() }))
          .on(
            "PUT",
            adminApi("/orgs/demo/events/evt_1"),
            apiError(401, "session_expired"),
            ok({ event: saved }),
          )
          .on("POST", adminApi("/session"), ok(meFixture())),
      );
      stub = mounted.stub;
      const editor = await view(mounted.el, "hearth-admin-event-editor");
      await waitUntil(() => shadow(editor).querySelector('[name="title.en"]'));
      const title = query<HTMLInputElement>(editor, '[name="title.en"]');
      title.value = "Tea and talk";
      title.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      query<HTMLButtonElement>(editor, 'button[type="submit"]').click();

      const dialog = await waitUntil(() => shadow(mounted.el).querySelector("dialog[open]")).then(
        () => query<HTMLDialogElement>(mounted.el, "dialog"),
      );
      expect(dialog.open).to.equal(true);
      expect(query<HTMLInputElement>(editor, '[name="title.en"]').value).to.equal("Tea and talk");
      await expect(mounted.el).to.be.accessible();

      const signIn = dialog.querySelector("hearth-admin-sign-in")!;
      const email = query<HTMLInputElement>(signIn, '[name="email"]');
      email.value = "mari@example.org";
      email.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      const password = query<HTMLInputElement>(signIn, '[name="password"]');
      password.value = "correct horse battery";
      password.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      query<HTMLButtonElement>(signIn, 'button[type="submit"]').click();

      await waitUntil(() => !dialog.open, "the dialog closes after sign-in");
      await waitUntil(
        () => stub.calls.filter((call) => call.method === "PUT").length === 2,
        "the save is sent again",
      );
      const retried = stub.calls.filter((call) => call.method === "PUT")[1]!;
      expect((retried.body as { title: Record<string, string> }).title.en).to.equal("Tea and talk");
      await waitUntil(() => shadow(editor).querySelector('[role="status"]')?.textContent?.trim());
    });
  }
});

describe("<hearth-admin> and its page's language", () => {
  let stub: FetchStub;
  afterEach(() => {
    stub.restore();
    document.documentElement.lang = "en";
    document.documentElement.dir = "ltr";
  });

  it("speaks a signed-in organiser's own language and gives the page that language", async () => {
    document.documentElement.removeAttribute("lang");
    stub = new FetchStub()
      .on(
        "GET",
        adminApi("/me"),
        ok(meFixture("owner", { user: { ...meFixture().user, locale: "uk-UA" } })),
      )
      .on("GET", adminApi("/orgs/demo/events"), ok({ events: [adminEventFixture()] }))
      .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: true } }))
      .install();
    location.hash = "#/events";
    const el = await fixture<HearthAdmin>(html`<hearth-admin></hearth-admin>`);
    await view(el, "hearth-admin-event-list");
    await waitUntil(() => base(el).getAttribute("lang") === "uk", "the dashboard turns Ukrainian");
    await el.updateComplete;
    expect(document.documentElement.lang).to.equal("uk");
    expect(document.documentElement.dir).to.equal("ltr");
  });
});
