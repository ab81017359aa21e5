/**
 * Every dashboard view on a 320 px phone and a 1,280 px laptop, in English and in Arabic: the page
 * never scrolls sideways (wide tables scroll inside their own region), an h1 names the view, and
 * axe finds nothing.
 */
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import type { HearthAdmin } from "../../../widgets/admin/app/admin-app.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { adminApi } from "./helpers/admin.js";
import {
  applicationFixture,
  festivalFixture,
  ledgerFixture,
  stallFixture,
} from "./helpers/festival-fixtures.js";
import {
  adminEventFixture,
  meFixture,
  outboxMessageFixture,
  rosterEntryFixture,
  settingsFixture,
  teamFixture,
  totalsFixture,
} from "./helpers/fixtures.js";
import {
  feedbackFixture,
  manifestFixture,
  needsFixture,
  visitFixture,
} from "./helpers/visit-fixtures.js";
import { boardFixture, hoursFixture, roleFixture } from "./helpers/volunteer-fixtures.js";
import { memberEvent, memberOverview, networkOverview } from "./network/network-fixtures.js";
import { reportFixture, seasonFixture, workbenchFixture } from "./mentoring/mentoring-fixtures.js";

const roster = {
  entries: [
    rosterEntryFixture({ email: "olena.kovalenko@example.org", phone: "+372 5555 1234" }),
    rosterEntryFixture({
      id: "reg_2",
      shortCode: "P4R8TZ",
      name: "Abdulrahman Al-Hashimi",
      email: "abdulrahman.alhashimi@example.org",
      locale: "ar",
      needs: { interpreterLanguage: "ar", accessibility: "Wheelchair", dietary: "Halal" },
      checkedInAt: "2030-03-05T16:05:00.000Z",
    }),
    rosterEntryFixture({ id: "reg_3", shortCode: null, status: "waitlisted", position: 1 }),
  ],
  totals: totalsFixture(),
};

/** One stub answering every view, as the worker would for the demo organisation's owner. */
function dashboardStub(me: Reply, registrations: Reply[]): FetchStub {
  const evt = (id: string, path = "") => adminApi(`/orgs/demo/events/${id}${path}`);
  const approved = applicationFixture({ id: "app_2", status: "approved", displayName: "Amina" });
  return (
    new FetchStub()
      .on("GET", adminApi("/me"), me)
      .on(
        "GET",
        adminApi("/orgs/demo/events"),
        ok({ events: [adminEventFixture(), visitFixture(), festivalFixture()] }),
      )
      .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: true } }))
      .on("GET", evt("evt_1"), ok({ event: adminEventFixture() }))
      .on("GET", evt("evt_1", "/registrations"), ...registrations)
      .on("GET", evt("evt_v"), ok({ event: visitFixture() }))
      .on("GET", evt("evt_v", "/needs"), ok({ needs: needsFixture() }))
      .on("GET", evt("evt_v", "/manifest"), ok({ manifest: manifestFixture() }))
      .on("GET", evt("evt_v", "/feedback"), ok({ feedback: feedbackFixture() }))
      .on("GET", evt("evt_f"), ok({ event: festivalFixture() }))
      .on(
        "GET",
        evt("evt_f", "/applications"),
        ok({ applications: [applicationFixture(), approved] }),
      )
      .on(
        "GET",
        evt("evt_f", "/stalls"),
        ok({
          stalls: [
            stallFixture(),
            stallFixture({ id: "stl_2", name: "B1", applicationId: "app_2" }),
          ],
          unassigned: [],
        }),
      )
      .on("GET", evt("evt_f", "/ledger"), ok(ledgerFixture()))
      .on("GET", evt("evt_f", "/shifts"), ok(boardFixture()))
      .on("GET", evt("evt_f", "/hours"), ok(hoursFixture()))
      .on("GET", adminApi("/orgs/demo/roles"), ok({ roles: [roleFixture()] }))
      .on("GET", adminApi("/orgs/demo/settings"), ok({ settings: settingsFixture() }))
      .on("GET", adminApi("/orgs/demo/refused-origins"), ok({ origins: [] }))
      .on("GET", adminApi("/orgs/demo/team"), ok(teamFixture()))
      .on(
        "GET",
        adminApi("/orgs/demo/audit"),
        ok({
          entries: [
            {
              id: "a1",
              at: "2030-03-05T16:05:00.000Z",
              user: { id: "usr_1", email: "mari@example.org", displayName: "Mari" },
              action: "registration.checked_in",
              targetType: "registration",
              targetId: "reg_0123456789abcdef",
            },
          ],
          nextCursor: null,
        }),
      )
      .on("GET", adminApi("/orgs/demo/outbox"), ok({ messages: [outboxMessageFixture()] }))
      // A network that also joined another: both sides of the Network page at once.
      .on(
        "GET",
        adminApi("/orgs/demo/network"),
        ok(networkOverview({ joined: memberOverview().joined })),
      )
      .on(
        "GET",
        adminApi("/orgs/demo/network/events"),
        ok({
          events: [memberEvent(), memberEvent({ id: "evt_2", curation: "featured" })],
          nextCursor: "c2",
        }),
      )
      .on("GET", adminApi("/orgs/demo/mentoring/seasons"), ok({ seasons: [seasonFixture()] }))
      .on("GET", adminApi("/orgs/demo/mentoring/seasons/sea_1/workbench"), ok(workbenchFixture()))
      .on("GET", adminApi("/orgs/demo/mentoring/seasons/sea_1/report"), ok(reportFixture()))
      .on(
        "POST",
        adminApi("/orgs/demo/networks/preview"),
        ok({ network: { slug: "demo-region", name: "Demo Region" }, alreadyMember: false }),
      )
      .on(
        "GET",
        adminApi("/invitations/tok"),
        ok({
          invitation: {
            organisation: "demo",
            organisationName: "Demo City",
            email: "sara@example.org",
            role: "coordinator",
            accountExists: false,
          },
        }),
      )
  );
}

/** Finds `selectors` one shadow root deeper each: `deep(app, "hearth-admin-roster", "table")`. */
function deep(root: Element, ...selectors: string[]): Element | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = current?.shadowRoot?.querySelector(selector) ?? null;
  }
  return current;
}

interface View {
  name: string;
  hash: string;
  /** Ready when this chain of selectors (one shadow root deeper each) finds something. */
  ready: string[];
  me?: Reply;
  /** What a person does before the check: open door mode and find someone. */
  act?: (app: HearthAdmin) => Promise<void>;
  /** The roster's answers in turn (the last repeats). */
  registrations?: Reply[];
  /** What should have focus once the view is ready. */
  focused?: string;
}

const views: View[] = [
  {
    name: "sign-in",
    hash: "#/sign-in",
    me: apiError(401, "unauthorized"),
    ready: ["hearth-admin-sign-in", "form"],
  },
  { name: "invitation", hash: "#/invitation/tok", ready: ["hearth-admin-invitation", "form"] },
  {
    name: "events",
    hash: "#/events",
    ready: ["hearth-admin-event-list", "hearth-admin-digest-preference", "#digest"],
  },
  { name: "new event", hash: "#/events/new", ready: ["hearth-admin-event-editor", "form"] },
  { name: "event editor", hash: "#/events/evt_1", ready: ["hearth-admin-event-editor", "form"] },
  {
    name: "visit editor",
    hash: "#/events/evt_v",
    ready: ["hearth-admin-event-editor", "hearth-admin-visit-planner", "form, fieldset"],
  },
  { name: "roster", hash: "#/events/evt_1/roster", ready: ["hearth-admin-roster", "table"] },
  {
    name: "door mode",
    hash: "#/events/evt_1/roster",
    ready: ["hearth-admin-roster", "hearth-admin-door", ".match button"],
    // The roster, then one match for the search.
    registrations: [ok(roster), ok({ entries: [roster.entries[0]], totals: totalsFixture() })],
    // One match: focus is on their "Check in", so the next tap or Enter checks them in.
    focused: "button.check-in",
    act: async (app) => {
      await waitUntil(() => deep(app, "main hearth-admin-roster", "table"), "the roster loads");
      const rosterView = deep(app, "main hearth-admin-roster")!;
      (deep(rosterView, "button[aria-expanded]") as HTMLButtonElement).click();
      await waitUntil(() => deep(rosterView, "hearth-admin-door", "#door-q"), "door mode opens");
      const door = deep(rosterView, "hearth-admin-door")!;
      (deep(door, "#door-q") as HTMLInputElement).value = "Olena";
      (deep(door, "form") as HTMLFormElement).requestSubmit();
    },
  },
  {
    name: "needs board",
    hash: "#/events/evt_v/needs",
    ready: ["hearth-admin-needs-board", "#hosts-title"],
  },
  {
    name: "manifest",
    hash: "#/events/evt_v/manifest",
    ready: ["hearth-admin-manifest", "#interpreters-title"],
  },
  {
    name: "feedback",
    hash: "#/events/evt_v/feedback",
    ready: ["hearth-admin-feedback", "#comments-title"],
  },
  {
    name: "cooks",
    hash: "#/events/evt_f/cooks",
    ready: ["hearth-admin-cook-queue", "hearth-admin-cook-card", "[data-decision]"],
  },
  { name: "stalls", hash: "#/events/evt_f/stalls", ready: ["hearth-admin-stalls", "table"] },
  {
    name: "dish translations",
    hash: "#/events/evt_f/translations",
    ready: ["hearth-admin-dish-translations", "hearth-admin-dish-translation-form", "form"],
  },
  {
    name: "ledger",
    hash: "#/events/evt_f/ledger",
    ready: ["hearth-admin-ledger", "hearth-admin-ledger-form", "form"],
  },
  {
    name: "shift board",
    hash: "#/events/evt_f/shifts",
    ready: ["hearth-admin-shift-board", "[data-shift]"],
  },
  { name: "hours", hash: "#/events/evt_f/hours", ready: ["hearth-admin-hours", "table"] },
  { name: "roles", hash: "#/roles", ready: ["hearth-admin-roles", "form"] },
  { name: "settings", hash: "#/settings", ready: ["hearth-admin-settings", "form"] },
  { name: "team", hash: "#/team", ready: ["hearth-admin-team", "table"] },
  { name: "audit", hash: "#/audit", ready: ["hearth-admin-audit", "table"] },
  { name: "messages", hash: "#/messages", ready: ["hearth-admin-messages", "table"] },
  {
    name: "network",
    hash: "#/network",
    ready: ["hearth-admin-network", "hearth-admin-network-catalogue", "#event-evt_2"],
  },
  { name: "Language Friends seasons", hash: "#/mentoring", ready: ["hearth-admin-seasons", "li"] },
  { name: "new season", hash: "#/mentoring/new", ready: ["hearth-admin-season-form", "form"] },
  {
    name: "season set-up",
    hash: "#/mentoring/seasons/sea_1/edit",
    ready: ["hearth-admin-season-form", "form"],
  },
  {
    name: "season workbench",
    hash: "#/mentoring/seasons/sea_1",
    ready: ["hearth-admin-mentoring-workbench", "hearth-admin-season-report", "table"],
  },
  {
    name: "network join link",
    hash: "#/networks/join/tok_abcdefghijklmnopqrstuvwxyz",
    ready: ["hearth-admin-network-join", "#means-title"],
  },
];

/** The elements that reach past the window's sides, for a failure message that says where. */
function outside(root: Document | ShadowRoot, found: string[] = []): string[] {
  for (const el of root.querySelectorAll("*")) {
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && (rect.left < -1 || rect.right > window.innerWidth + 1)) {
      const name = `${el.localName}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
      found.push(`${name} [${Math.round(rect.left)}, ${Math.round(rect.right)}]`);
    }
    if (el.shadowRoot) outside(el.shadowRoot, found);
  }
  return found;
}

/** The focused element, through shadow roots. */
function activeElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body ? null : active;
}

/** Badges of one word ("Confirmed") that the layout broke inside the word, through shadow roots. */
function brokenBadges(root: Document | ShadowRoot, found: string[] = []): string[] {
  for (const el of root.querySelectorAll<HTMLElement>("*")) {
    const word = el.textContent!.trim();
    if (el.classList.contains("badge") && el.getClientRects().length > 0 && !/\s/.test(word)) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size > 1) found.push(`"${word}" on ${lines.size} lines`);
    }
    if (el.shadowRoot) brokenBadges(el.shadowRoot, found);
  }
  return found;
}

/** Every heading in the page, through shadow roots, in reading order. */
function headings(root: Document | ShadowRoot, found: HTMLElement[] = []): HTMLElement[] {
  for (const el of root.querySelectorAll<HTMLElement>("*")) {
    if (/^h[1-6]$/.test(el.localName) && el.getClientRects().length > 0) found.push(el);
    if (el.shadowRoot) headings(el.shadowRoot, found);
  }
  return found;
}

const viewports = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];

for (const { width, height } of viewports) {
  for (const lang of ["en", "ar"]) {
    describe(`the dashboard at ${width} × ${height} in ${lang}`, () => {
      let stub: FetchStub | undefined;
      beforeEach(async () => {
        await setViewport({ width, height });
        // As on /admin/ (site/admin/admin.css): the dashboard meets the window's edges.
        document.body.style.margin = "0";
      });
      afterEach(() => {
        stub?.restore();
        location.hash = "";
        document.documentElement.lang = "en";
        document.documentElement.dir = "ltr";
        document.body.style.margin = "";
      });

      for (const view of views) {
        it(`fits ${view.name} on the screen with an h1 and no axe violations`, async () => {
          location.hash = `${view.hash}${view.hash.includes("?") ? "&" : "?"}org=demo`;
          stub = dashboardStub(
            view.me ?? ok(meFixture("owner")),
            view.registrations ?? [ok(roster)],
          ).install();
          const app = await fixture<HearthAdmin>(html`<hearth-admin lang=${lang}></hearth-admin>`);
          await view.act?.(app);
          await waitUntil(
            () => deep(app, ...view.ready.map((s, i) => (i === 0 ? `main ${s}` : s))),
            `${view.name} is ready`,
          );
          await new Promise(requestAnimationFrame);

          const page = document.documentElement.scrollWidth;
          expect(
            page,
            `the page is ${page} px wide: ${outside(document).slice(-8).join(", ")}`,
          ).to.be.at.most(document.documentElement.clientWidth);

          expect(brokenBadges(document), "badges broken inside a word").to.deep.equal([]);

          // Whatever has focus (door mode's "Check in" after a search) can be seen and tapped.
          const focused = activeElement();
          if (view.focused) expect(focused?.matches(view.focused), view.focused).to.equal(true);
          if (focused) {
            const { left, right } = focused.getBoundingClientRect();
            const where = `<${focused.localName}> has focus at ${left}–${right}`;
            expect(left, where).to.be.at.least(0);
            expect(right, where).to.be.at.most(window.innerWidth);
          }

          {
            const all = headings(document);
            const levels = all.map((h) => Number(h.localName[1]));
            expect(levels[0], `the first of headings ${levels.join(", ")}`).to.equal(1);
            expect(
              levels.filter((level) => level === 1),
              "one h1",
            ).to.have.length(1);
            levels.forEach((level, i) =>
              expect(
                level - (levels[i - 1] ?? 0),
                `heading levels ${levels.join(", ")}`,
              ).to.be.at.most(1),
            );
            const h1 = all[0]!.textContent!.replace(/\s+/g, " ").trim();
            await waitUntil(() => document.title.startsWith(h1), `the page's title names ${h1}`);
          }
          await expect(app).to.be.accessible();
        });
      }
    });
  }
}
