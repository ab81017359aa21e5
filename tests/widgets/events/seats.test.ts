import { expect, fixture, html } from "@open-wc/testing";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { register } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { visitFixture } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;

describe("<hearth-events> places on a visit's card", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("counts the visitors' seats only, not the host and interpreter places", async () => {
    // The fixture's visit: 5 seats left, 2 host places and 1 interpreter place free.
    stub = new FetchStub()
      .on(
        "GET",
        eventsPath,
        ok({ defaultLocale: "en", events: [visitFixture()], nextCursor: null }),
      )
      .install();
    const el = await fixture<HearthEvents>(
      html`<hearth-events org="demo" lang="en"></hearth-events>`,
    );
    const availability = await waitFor(el, '[part~="availability"], .availability');
    expect(availability.textContent).to.include("5 places left");
  });
});
