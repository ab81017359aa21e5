import { expect, fixture, html } from "@open-wc/testing";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { register as registerEvents } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerSignup } from "../../../widgets/signup/define.js";
import type { HearthSignup } from "../../../widgets/signup/signup.js";
import { register as registerVisits } from "../../../widgets/visits/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, slotFixture, visitFixture } from "../helpers/fixtures.js";
import { query, shadow, waitFor } from "../helpers/shadow.js";

registerEvents();
registerSignup();
registerVisits();
setApiOrigin("https://hearth.test");

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;
const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;

/** Events whose seats are all taken, some of them held for people offered them. */
const events = [
  eventFixture({
    id: "evt_held",
    slots: [slotFixture({ remaining: 0, held: 2, waitlistRemaining: 0 })],
  }),
  eventFixture({
    id: "evt_held_waitlist",
    slots: [slotFixture({ remaining: 0, held: 1, waitlistRemaining: 3 })],
  }),
  eventFixture({
    id: "evt_full",
    slots: [slotFixture({ remaining: 0, held: 0, waitlistRemaining: 0 })],
  }),
  eventFixture({
    id: "evt_open",
    slots: [slotFixture({ remaining: 4, held: 2 }), slotFixture({ id: "slot_2", remaining: 0 })],
  }),
];

async function eventCards(lang: string) {
  const el = await fixture<HearthEvents>(
    html`<hearth-events org="demo" lang=${lang}></hearth-events>`,
  );
  await waitFor(el, '[part="list"]');
  const availability = (id: string) =>
    query(el, `[data-event="${id}"]`)
      .closest('[part="card"]')!
      .querySelector<HTMLElement>('[part="availability"]')!;
  return { el, availability };
}

describe("places held for people on the waitlist", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("are said honestly on a full event's card, with the waitlist when it has room", async () => {
    stub = new FetchStub().on("GET", eventsPath, ok({ events, nextCursor: null })).install();
    const { el, availability } = await eventCards("en");
    expect(availability("evt_held").textContent?.trim()).to.equal(
      "Full — 2 places are held for people on the waitlist",
    );
    expect(availability("evt_held").className).to.include("closed");
    expect(availability("evt_held_waitlist").textContent?.trim()).to.equal(
      "Full — 1 place is held for someone on the waitlist. You can join the waitlist.",
    );
    expect(availability("evt_held_waitlist").className).to.include("waitlist");
    // Nothing held, or places still free: the words stay as they were.
    expect(availability("evt_full").textContent?.trim()).to.equal("Full");
    expect(availability("evt_open").textContent?.trim()).to.equal("4 places left");
    await expect(el).to.be.accessible();
  });

  it("are counted with Arabic plural forms and the reader's digits", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        eventsPath,
        ok({
          events: [
            events[0],
            eventFixture({
              id: "evt_three",
              slots: [slotFixture({ remaining: 0, held: 3, waitlistRemaining: 0 })],
            }),
          ],
          nextCursor: null,
        }),
      )
      .install();
    const { el, availability } = await eventCards("ar");
    expect(availability("evt_held").textContent).to.include("مكانان محجوزان");
    const three = new Intl.NumberFormat("ar").format(3);
    expect(availability("evt_three").textContent).to.include(`${three} أماكن محجوزة`);
    await expect(el).to.be.accessible();
  });

  it("are said beside a full time in the sign-up form, which cannot be chosen", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        eventPath,
        ok({
          event: eventFixture({
            slots: [
              slotFixture(),
              slotFixture({ id: "slot_2", remaining: 0, held: 2, waitlistRemaining: 0 }),
            ],
          }),
        }),
      )
      .install();
    const el = await fixture<HearthSignup>(
      html`<hearth-signup org="demo" event="evt_1" lang="en"></hearth-signup>`,
    );
    await waitFor(el, '[part="form"]');
    const choice = query(el, 'input[value="slot_2"]').closest("label")!;
    expect(choice.textContent).to.include("Full — 2 places are held for people on the waitlist");
    expect(query<HTMLInputElement>(el, 'input[value="slot_2"]').disabled).to.equal(true);
  });

  it("are said for a visit's seats", async () => {
    const [seats, ...others] = visitFixture().slots;
    const visit = visitFixture({
      id: "evt_1",
      slots: [{ ...seats!, remaining: 0, held: 4, waitlistRemaining: 2 }, ...others],
    });
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ defaultLocale: "en", events: [visit], nextCursor: null }))
      .install();
    const el = await fixture(html`<hearth-visits org="demo" lang="en"></hearth-visits>`);
    await waitFor(el, '[part="availability"]');
    const texts = [...shadow(el).querySelectorAll('[part="availability"]')].map((node) =>
      node.textContent?.trim(),
    );
    expect(texts).to.include(
      "Full — 4 places are held for people on the waitlist. You can join the waitlist.",
    );
  });
});
