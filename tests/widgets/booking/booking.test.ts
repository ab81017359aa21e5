import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthBooking } from "../../../widgets/booking/booking.js";
import { register } from "../../../widgets/booking/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, registrationFixture, slotFixture } from "../helpers/fixtures.js";
import { base, has, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const registrationPath = /^\/api\/v1\/registrations\/reg_1$/;

/** Answers to the organisers' questions, worded by the server in the person's language. */
const answers = (lang: string) => [
  {
    questionId: "q_origin",
    question: lang === "ar" ? "من أين أنت؟" : "Where are you from?",
    kind: "one_choice" as const,
    value: "c_ua",
    choices: [
      { id: "c_sy", label: lang === "ar" ? "سوريا" : "Syria" },
      { id: "c_ua", label: lang === "ar" ? "أوكرانيا" : "Ukraine" },
    ],
  },
  {
    questionId: "q_pram",
    question: lang === "ar" ? "هل تحضر عربة أطفال؟" : "Are you bringing a pram?",
    kind: "yes_no" as const,
    value: false,
    choices: [],
  },
  {
    questionId: "q_note",
    question: lang === "ar" ? "شيء آخر؟" : "Anything else?",
    kind: "short_text" as const,
    value: "Привіт",
    choices: [],
  },
];
const erasePath = /^\/api\/v1\/registrations\/reg_1\/erase$/;

function mount(lang: string, token = "secret") {
  return fixture<HearthBooking>(
    html`<hearth-booking registration="reg_1" token=${token} lang=${lang}></hearth-booking>`,
  );
}

function stubFor(get: Reply, extra: (stub: FetchStub) => FetchStub = (stub) => stub): FetchStub {
  return extra(new FetchStub().on("GET", registrationPath, get)).install();
}

function click(el: HearthBooking, label: string): void {
  const button = [...shadow(el).querySelectorAll("button")].find((b) =>
    b.textContent?.includes(label),
  );
  if (!button) throw new Error(`No button "${label}"`);
  button.click();
}

for (const lang of languages) {
  describe(`<hearth-booking> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows a loading message while the sign-up is on its way", async () => {
      stub = stubFor("hang");
      const el = await mount(lang);
      await waitFor(el, '[role="status"]');
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("shows the event, time, party and status, asking with the manage token", async () => {
      stub = stubFor(ok({ registration: registrationFixture() }));
      const el = await mount(lang);
      await waitFor(el, '[part="card"]');
      expect(text(el)).to.include("Language café");
      if (lang === "en") expect(text(el)).to.include("2 adults and 1 child");
      expect(text(el)).to.include("K7QH3M");
      expect(stub.calls[0]!.headers.get("Authorization")).to.equal("Bearer secret");
      // The calendar file, and Google Calendar's and Outlook's forms, named as they name themselves.
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>(".actions a")];
      expect(links.map((link) => link.href)).to.deep.equal([
        registrationFixture().calendarUrl,
        registrationFixture().calendarLinks.google,
        registrationFixture().calendarLinks.outlook,
      ]);
      expect(links.slice(1).map((link) => link.textContent?.trim())).to.deep.equal([
        "Google Calendar",
        "Outlook",
      ]);
      // Its live regions (its own and "Your data"'s) wait empty, in the page but taking no room.
      const regions = [...shadow(el).querySelectorAll('[role="status"], [role="alert"]')];
      expect(regions.length).to.be.at.least(3);
      for (const region of regions) {
        expect(region.matches(":empty"), region.outerHTML).to.equal(true);
        expect(getComputedStyle(region).position).to.equal("absolute");
      }
      await expect(el).to.be.accessible();
    });

    it("shows the waitlist position", async () => {
      stub = stubFor(
        ok({ registration: registrationFixture({ status: "waitlisted", position: 4 }) }),
      );
      const el = await mount(lang);
      const status = await waitFor(el, ".state.waitlisted");
      expect(status.textContent).to.match(/[4٤]/);
      await expect(el).to.be.accessible();
    });

    it("explains a broken link without asking the server when the token is missing", async () => {
      stub = stubFor(ok({ registration: registrationFixture() }));
      const el = await mount(lang, "");
      const alert = await waitFor(el, '[role="alert"]');
      if (lang === "en") expect(alert.textContent).to.include("link does not work");
      expect(stub.calls).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("cancels after a confirm step and announces it", async () => {
      const cancelled = registrationFixture({
        status: "cancelled",
        cancelledAt: "2030-03-02T10:00:00.000Z",
      });
      stub = stubFor(ok({ registration: registrationFixture() }), (s) =>
        s.on("DELETE", registrationPath, ok({ registration: cancelled })),
      );
      const el = await mount(lang);
      await waitFor(el, '[part="card"]');
      query(el, ".actions .button.danger").click();
      const question = await waitFor(el, ".confirm-text");
      expect(shadow(el).activeElement).to.equal(question);
      await expect(el).to.be.accessible();
      expect(stub.calls.filter((c) => c.method === "DELETE")).to.have.length(0);
      query(el, ".confirm .button.danger").click();
      const outcome = await waitFor(el, ".outcome");
      if (lang === "en") expect(outcome.textContent).to.include("Your sign-up is cancelled.");
      expect(stub.calls.filter((c) => c.method === "DELETE")).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it("erases the data after a confirm step and hides it", async () => {
      const erased = registrationFixture({ status: "cancelled", erased: true, name: "" });
      stub = stubFor(ok({ registration: registrationFixture() }), (s) =>
        s.on("POST", erasePath, ok({ registration: erased })),
      );
      const el = await mount(lang);
      await waitFor(el, '[part="card"]');
      query(el, ".my-data .erase").click();
      await waitFor(el, ".erase-confirm-text");
      query(el, ".my-data .confirm .button.danger").click();
      const outcome = await waitFor(el, ".outcome");
      if (lang === "en") expect(outcome.textContent).to.include("Your data is erased.");
      expect(text(el)).to.not.include("Sam");
      await expect(el).to.be.accessible();
    });

    it("lists the person's answers: choices by their label, yes/no in words, text as written", async () => {
      stub = stubFor(ok({ registration: registrationFixture({ answers: answers(lang) }) }));
      const el = await mount(lang);
      const list = await waitFor(el, '[part="card"] .answers');
      expect(list.querySelector("h3")?.textContent?.trim()).to.equal(
        lang === "ar" ? "إجاباتك" : "Your answers",
      );
      const given = [...list.querySelectorAll("dd")].map((dd) => dd.textContent?.trim());
      expect(given).to.deep.equal(
        lang === "ar" ? ["أوكرانيا", "لا", "Привіт"] : ["Ukraine", "No", "Привіт"],
      );
      expect(list.querySelector('dd [dir="auto"]')?.textContent).to.equal("Привіт");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-booking> details", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows no answers once the sign-up is erased", async () => {
    const erased = registrationFixture({
      status: "cancelled",
      erased: true,
      answers: answers("en"),
    });
    stub = stubFor(ok({ registration: erased }));
    const el = await mount("en");
    await waitFor(el, '[part="card"]');
    expect(has(el, ".answers")).to.equal(false);
    expect(text(el)).to.not.include("Ukraine");
  });

  it("shows no answers section when the event asked no questions", async () => {
    stub = stubFor(ok({ registration: registrationFixture() }));
    const el = await mount("en");
    await waitFor(el, '[part="card"]');
    expect(has(el, ".answers")).to.equal(false);
  });

  it("keeps the sign-up when the person steps back from cancelling", async () => {
    stub = stubFor(ok({ registration: registrationFixture() }));
    const el = await mount("en");
    await waitFor(el, '[part="card"]');
    click(el, "Cancel my sign-up");
    await waitFor(el, ".confirm-text");
    click(el, "No, keep it");
    await el.updateComplete;
    expect(shadow(el).querySelector(".confirm")).to.equal(null);
    expect(stub.calls).to.have.length(1);
  });

  it("shows a visit group's languages, pick-up point and time, and wheelchair places", async () => {
    stub = stubFor(
      ok({
        registration: registrationFixture({
          visit: {
            languages: ["fa", "uk"],
            pickupPoint: { id: "pp_1", name: "Vao centre", departsAt: "2030-03-05T06:00:00.000Z" },
            offer: null,
            wheelchairPlaces: 1,
          },
        }),
      }),
    );
    const el = await mount("en");
    const card = await waitFor(el, '[part="card"]');
    expect(card.textContent).to.include("Persian");
    expect(card.textContent).to.include("Ukrainian");
    expect(card.textContent).to.include("Vao centre, the bus leaves at 8:00 AM");
    expect(card.textContent).to.include("Wheelchair places needed");
    await expect(el).to.be.accessible();
  });

  it("shows what a host offered", async () => {
    stub = stubFor(
      ok({
        registration: registrationFixture({
          visit: {
            languages: null,
            pickupPoint: null,
            offer: "Tea on the farm",
            wheelchairPlaces: 0,
          },
        }),
      }),
    );
    const el = await mount("ar");
    const card = await waitFor(el, '[part="card"]');
    expect(card.textContent).to.include("Tea on the farm");
    expect(card.querySelector('[dir="auto"]')?.textContent).to.include("Tea on the farm");
  });

  it("treats an unknown sign-up as a broken link", async () => {
    stub = stubFor(apiError(404, "not_found"));
    const el = await mount("en");
    const alert = await waitFor(el, '[role="alert"]');
    expect(alert.textContent).to.include("link does not work");
  });

  it("offers the person's data as a JSON download", async () => {
    stub = stubFor(ok({ registration: registrationFixture() }));
    const el = await mount("en");
    await waitFor(el, '[part="card"]');
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return "blob:stub";
    };
    const clicks: string[] = [];
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.download) return;
      clicks.push(link.download);
      event.preventDefault();
    };
    shadow(el).addEventListener("click", onClick, true);
    try {
      click(el, "Download my data");
      await waitUntil(() => clicks.length > 0, "no download started");
    } finally {
      URL.createObjectURL = original;
      shadow(el).removeEventListener("click", onClick, true);
    }
    expect(clicks).to.include("hearth-sign-up-reg_1.json");
    const data = JSON.parse(await blobs[0]!.text()) as { id: string; name: string };
    expect(data).to.include({ id: "reg_1", name: "Sam" });
  });
});

describe("<hearth-booking> language", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("speaks the language the person signed up in when the page sets none", async () => {
    stub = stubFor(ok({ registration: registrationFixture({ locale: "ar" }) }));
    const el = await fixture<HearthBooking>(
      html`<hearth-booking registration="reg_1" token="secret"></hearth-booking>`,
    );
    await waitFor(el, '[part="card"]');
    await el.updateComplete;
    expect(base(el).getAttribute("dir")).to.equal("rtl");
    expect(base(el).getAttribute("lang")).to.equal("ar");
  });
});

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const twoTimes = eventFixture({
  slots: [
    slotFixture(),
    slotFixture({
      id: "slot_2",
      label: "Later",
      startsAt: "2030-03-05T18:00:00.000Z",
      endsAt: "2030-03-05T20:00:00.000Z",
      remaining: 6,
    }),
  ],
});

async function openChange(el: HearthBooking) {
  await waitFor(el, '[part="card"]');
  click(el, el.lang === "ar" ? "تغيير" : "Change");
  await waitFor(el, 'input[name="slotId"][value="slot_2"]');
}

for (const lang of ["en", "ar"]) {
  describe(`<hearth-booking> changing the booking in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("moves to another time with more people, sending only what changed, and says so", async () => {
      const changed = registrationFixture({
        adults: 4,
        slot: { ...registrationFixture().slot, id: "slot_2", label: "Later" },
      });
      stub = stubFor(ok({ registration: registrationFixture() }), (s) =>
        s
          .on("GET", eventPath, ok({ event: twoTimes }))
          .on("PATCH", registrationPath, ok({ registration: changed })),
      );
      const el = await mount(lang);
      await openChange(el);
      // The times are read fresh: places change.
      expect(stub.calls.find((call) => eventPath.test(call.url.pathname))?.cache).to.equal(
        "no-cache",
      );
      await expect(el).to.be.accessible();
      // The form's styles come with the step (not with the page's first render): fields a thumb can hit.
      expect(getComputedStyle(query(el, 'input[name="adults"]')).minBlockSize).to.equal("44px");
      query<HTMLInputElement>(el, 'input[value="slot_2"]').click();
      query<HTMLInputElement>(el, 'input[name="adults"]').value = "4";
      query<HTMLFormElement>(el, "form.change").requestSubmit();
      await waitFor(el, ".outcome");
      const patch = stub.calls.find((call) => call.method === "PATCH")!;
      expect(patch.body).to.deep.equal({ slotId: "slot_2", adults: 4 });
      expect(patch.headers.get("Authorization")).to.equal("Bearer secret");
      if (lang === "en") expect(text(el)).to.include("Your sign-up was changed.");
      expect(shadow(el).querySelector("form.change")).to.equal(null);
      expect(shadow(el).activeElement?.classList.contains("outcome")).to.equal(true);
      // The step's styles stay with the step: the "Change" button looks as before it opened.
      const display = (selector: string) => getComputedStyle(query(el, selector)).display;
      expect(display(".actions .change")).to.equal(display(".actions .cancel"));
      await expect(el).to.be.accessible();
    });

    it("shows beside the people how many places the time has left, and keeps the booking", async () => {
      stub = stubFor(ok({ registration: registrationFixture() }), (s) =>
        s.on("GET", eventPath, ok({ event: twoTimes })).on("PATCH", registrationPath, {
          status: 409,
          body: {
            error: {
              code: "slot_full",
              message: "2 places are left at this time.",
              params: { placesLeft: 2, waitlistOpen: 1 },
            },
          },
        }),
      );
      const el = await mount(lang);
      await openChange(el);
      query<HTMLInputElement>(el, 'input[name="adults"]').value = "6";
      query<HTMLFormElement>(el, "form.change").requestSubmit();
      await waitFor(el, "#adults-error");
      if (lang === "en") {
        expect(query(el, "#adults-error").textContent).to.include(
          "There are not enough places at this time for everyone. 2 seats left",
        );
      }
      expect(query(el, 'input[name="adults"]').getAttribute("aria-invalid")).to.equal("true");
      expect(shadow(el).activeElement?.getAttribute("name")).to.equal("adults");
      expect(text(el)).to.include("K7QH3M");
      await expect(el).to.be.accessible();
    });

    it("offers a full time's waitlist, asks before giving up the place, and sends joinWaitlist", async () => {
      const fullLater = eventFixture({
        slots: [
          slotFixture(),
          slotFixture({ id: "slot_2", label: "Later", remaining: 0, waitlistRemaining: 4 }),
        ],
      });
      const waiting = registrationFixture({
        status: "waitlisted",
        position: 3,
        slot: { ...registrationFixture().slot, id: "slot_2", label: "Later" },
      });
      stub = stubFor(ok({ registration: registrationFixture() }), (s) =>
        s.on("GET", eventPath, ok({ event: fullLater })).on(
          "PATCH",
          registrationPath,
          {
            status: 409,
            body: {
              error: {
                code: "slot_full",
                message: "0 places are left at this time.",
                params: { placesLeft: 0, waitlistOpen: 1, canJoinWaitlist: 1 },
              },
            },
          },
          ok({ registration: waiting }),
        ),
      );
      const el = await mount(lang);
      await openChange(el);
      const later = query<HTMLInputElement>(el, 'input[value="slot_2"]');
      expect(later.disabled).to.equal(false);
      if (lang === "en") expect(text(el)).to.include("Full — you can join its waitlist");
      later.click();
      query<HTMLFormElement>(el, "form.change").requestSubmit();
      await waitFor(el, "#wait-offer-question");
      expect(shadow(el).activeElement?.id).to.equal("wait-offer-question");
      if (lang === "en") expect(text(el)).to.include("You would give up the place you have now");
      await expect(el).to.be.accessible();
      click(el, lang === "ar" ? "نعم، انضم إلى قائمة الانتظار" : "Yes, join the waitlist");
      await waitFor(el, ".outcome");
      const patches = stub.calls.filter((call) => call.method === "PATCH");
      expect(patches.map((call) => call.body)).to.deep.equal([
        { slotId: "slot_2" },
        { slotId: "slot_2", joinWaitlist: true },
      ]);
      expect(has(el, "form.change")).to.equal(false);
    });

    it("says a party larger than the time's places in all is too many, whatever is left", async () => {
      stub = stubFor(ok({ registration: registrationFixture() }), (s) =>
        s
          .on("GET", eventPath, ok({ event: twoTimes }))
          .on(
            "PATCH",
            registrationPath,
            apiError(422, "party_too_large", { adults: "At most 20." }),
          ),
      );
      const el = await mount(lang);
      await openChange(el);
      query<HTMLInputElement>(el, 'input[name="adults"]').value = "45";
      query<HTMLFormElement>(el, "form.change").requestSubmit();
      await waitFor(el, "#adults-error");
      if (lang === "en") {
        expect(query(el, "#adults-error").textContent).to.include("Too many people for this time.");
      }
      expect(query(el, "#adults-error").textContent).to.not.include("20");
      await expect(el).to.be.accessible();
    });

    it("checks the numbers before sending, and keeps everything on 'Keep it as it is'", async () => {
      stub = stubFor(ok({ registration: registrationFixture() }), (s) =>
        s.on("GET", eventPath, ok({ event: twoTimes })),
      );
      const el = await mount(lang);
      await openChange(el);
      query<HTMLInputElement>(el, 'input[name="adults"]').value = "0";
      query<HTMLInputElement>(el, 'input[name="children"]').value = "0";
      query<HTMLFormElement>(el, "form.change").requestSubmit();
      await waitFor(el, "#adults-error");
      expect(stub.calls.some((call) => call.method === "PATCH")).to.equal(false);
      click(el, lang === "ar" ? "أبقه كما هو" : "Keep it as it is");
      await el.updateComplete;
      expect(shadow(el).querySelector("form.change")).to.equal(null);
    });
  });
}
