import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import arForm from "../../../i18n/public/ar/form.json";
import en from "../../../i18n/public/en/common.json";
import enEvents from "../../../i18n/public/en/events.json";
import enForm from "../../../i18n/public/en/form.json";
import type { QuestionInput, QuestionsResponse } from "../../../schema/contracts/questions.js";
import { issueReceipt } from "../../../worker/event-pages/receipt.js";
import { createMember } from "../admin-helpers.js";
import { createBookableSlot, createSlot, partyTotals, readSlot } from "../helpers.js";
import { getPage, oldToken, postForm, select, selectOne } from "./page-helpers.js";

async function bookable(slot: Parameters<typeof createBookableSlot>[0] = {}) {
  const booking = await createBookableSlot(slot);
  return { ...booking, path: `/${booking.organisation.slug}/events/${booking.event.id}` };
}

/** What a person types, with the page's token from a few seconds ago. */
async function answers(slotId: string, overrides: Record<string, string | string[]> = {}) {
  return {
    slotId,
    adults: "1",
    children: "0",
    name: "Amina",
    email: `${crypto.randomUUID().slice(0, 8)}@example.org`,
    phone: "",
    consent: "yes",
    website: "",
    form: await oldToken(),
    ...overrides,
  };
}

/** Follows the 303 to the confirmation page. */
async function confirmation(response: Response) {
  expect(response.status).toBe(303);
  const location = response.headers.get("Location") ?? "";
  expect(location).toMatch(/\/signed-up\?receipt=/);
  return { location, ...(await getPage(location)) };
}

describe("signing up on the page without JavaScript", () => {
  it("books through the API's engine and redirects to a confirmation with the manage link", async () => {
    const { path, slot } = await bookable();
    const response = await postForm(
      `${path}?lang=en`,
      await answers(slot.id, { adults: "2", children: "1" }),
    );
    const { location, response: page, html } = await confirmation(response);
    // The address carries a receipt, never the manage token.
    expect(location).not.toMatch(/token/);
    expect(page.status).toBe(200);
    expect(page.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    expect((await selectOne(html, "h1")).text).toBe(en.messages.confirmed);
    expect(html).toContain(enForm.messages.emailOnItsWay);
    const manage = (await select(html, "a")).find(
      (link) => link.text === enForm.messages.manageLink,
    );
    expect(manage?.attributes.href).toMatch(/\/manage\/\?registration=reg_\w+#token=[\w-]+$/);
    const { confirmed, rows } = await partyTotals(slot.id);
    expect(confirmed).toBe(3);
    expect(rows[0]).toMatchObject({ name: "Amina", locale: "en", adults: 2, children: 1 });
    expect((await readSlot(slot.id)).taken).toBe(3);
    // The confirmation email is queued by the same batch, as for the widget.
    const queued = await env.DB.prepare("SELECT kind FROM outbox WHERE registration_id = ?1")
      .bind(rows[0]!.id)
      .all<{ kind: string }>();
    expect(queued.results.map((message) => message.kind)).toEqual(["confirmed"]);
  });

  it("takes digits typed on an Arabic keyboard and signs up in the page's language", async () => {
    const { path, slot } = await bookable();
    await confirmation(
      await postForm(`${path}?lang=ar`, await answers(slot.id, { adults: "٢", phone: "+٣٧٢ ٥٥٥" })),
    );
    const [row] = (await partyTotals(slot.id)).rows;
    expect(row).toMatchObject({ adults: 2, locale: "ar", phone: "+372 555" });
  });

  it("sends the form back with the answers kept and each error beside its field", async () => {
    const { path, slot } = await bookable();
    const sent = await answers(slot.id, {
      name: "",
      email: "not-an-email",
      consent: "",
      dietary: "no pork",
    });
    const response = await postForm(`${path}?lang=en`, sent);
    expect(response.status).toBe(422);
    const html = await response.text();
    // Kept as typed.
    expect((await selectOne(html, 'input[name="email"]')).attributes.value).toBe("not-an-email");
    expect((await selectOne(html, 'textarea[name="dietary"]')).text).toBe("no pork");
    expect(await select(html, "details[open]")).toHaveLength(1);
    // Beside each field, tied to it.
    for (const [name, words] of [
      ["name", enForm.messages.errorName],
      ["email", enForm.messages.errorEmail],
      ["consent", enForm.messages.errorConsent],
    ] as const) {
      const input = await selectOne(html, `#${name}`);
      expect(input.attributes["aria-invalid"], name).toBe("true");
      expect(input.attributes["aria-describedby"], name).toContain(`${name}-error`);
      expect((await selectOne(html, `#${name}-error`)).text).toBe(words);
    }
    expect((await selectOne(html, "#phone")).attributes["aria-invalid"]).toBe("false");
    // A summary at the top, linking to each field in form order.
    const summary = await selectOne(html, "#problems");
    expect(summary.attributes).toHaveProperty("autofocus");
    expect(summary.text).toContain(enForm.messages.formHasErrors);
    const links = (await select(html, "#problems a")).map((link) => link.attributes.href);
    expect(links).toEqual(["#name", "#email", "#consent"]);
    // The same token comes back: the corrected form is the same sign-up.
    expect((await selectOne(html, 'input[name="form"]')).attributes.value).toBe(sent.form);
    expect((await partyTotals(slot.id)).rows).toHaveLength(0);
  });

  it("words the errors in Arabic on the Arabic page", async () => {
    const { path, slot } = await bookable();
    const response = await postForm(`${path}?lang=ar`, await answers(slot.id, { name: "" }));
    const html = await response.text();
    expect(await selectOne(html, "html")).toMatchObject({ attributes: { dir: "rtl" } });
    expect((await selectOne(html, "#name-error")).text).toBe(arForm.messages.errorName);
  });

  it("books once when the same form is sent twice, and shows the same confirmation", async () => {
    const { path, slot } = await bookable();
    const sent = await answers(slot.id);
    const first = await postForm(path, sent);
    const second = await postForm(path, sent);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    const receiptOf = (response: Response) =>
      new URL(response.headers.get("Location")!, "http://localhost").searchParams.get("receipt")!;
    expect(receiptOf(second).split(".")[0]).toBe(receiptOf(first).split(".")[0]);
    expect((await partyTotals(slot.id)).rows).toHaveLength(1);
  });

  it("gives a new token when the same form comes back with other answers", async () => {
    const { path, slot } = await bookable();
    const sent = await answers(slot.id);
    expect((await postForm(path, sent)).status).toBe(303);
    const again = await postForm(path, { ...sent, name: "Someone else" });
    expect(again.status).toBe(422);
    const html = await again.text();
    expect((await selectOne(html, 'input[name="form"]')).attributes.value).not.toBe(sent.form);
    expect((await selectOne(html, 'input[name="name"]')).attributes.value).toBe("Someone else");
    expect((await partyTotals(slot.id)).rows).toHaveLength(1);
  });

  it("puts people on the waitlist when the places are gone, as the API does", async () => {
    const { path, slot } = await bookable({ capacity: 1, taken: 1, waitlistCapacity: 3 });
    const { html } = await confirmation(await postForm(`${path}?lang=en`, await answers(slot.id)));
    expect((await selectOne(html, "h1")).text).toBe(
      en.messages.waitlisted.replace("{position}", "1"),
    );
    expect((await partyTotals(slot.id)).waitlisted).toBe(1);
  });

  it("refuses when places and waitlist are full, saying so above the form (409)", async () => {
    const { path, slot, event } = await bookable({ capacity: 2, waitlistCapacity: 0 });
    // Another time of the event keeps the form on the page while this one fills.
    await createSlot(event, { capacity: 5 });
    await env.DB.prepare("UPDATE slots SET taken = 2 WHERE id = ?1").bind(slot.id).run();
    const response = await postForm(`${path}?lang=en`, await answers(slot.id));
    expect(response.status).toBe(409);
    const html = await response.text();
    expect((await selectOne(html, "#problems")).text).toContain(en.messages.errorFull);
    expect((await partyTotals(slot.id)).rows).toHaveLength(0);
  });

  it("refuses a party larger than the time, beside the number of adults", async () => {
    const { path, slot } = await bookable({ capacity: 2 });
    const response = await postForm(`${path}?lang=en`, await answers(slot.id, { adults: "3" }));
    expect(response.status).toBe(422);
    expect((await selectOne(await response.text(), "#adults-error")).text).toBe(
      en.messages.errorPartyTooLarge,
    );
  });

  it("refuses a form sent seconds after the page showed it, as the widget's", async () => {
    const { path, slot } = await bookable();
    const { html } = await getPage(path);
    const token = (await selectOne(html, 'input[name="form"]')).attributes.value!;
    const response = await postForm(path, await answers(slot.id, { form: token }));
    expect(response.status).toBe(422);
    expect((await selectOne(await response.text(), "#problems")).text).toContain(
      enForm.messages.errorTooFast,
    );
  });

  it("refuses a token the page never gave, a filled trap and a form from another website", async () => {
    const { path, slot } = await bookable();
    const forged = await postForm(
      path,
      await answers(slot.id, {
        form: "0.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
      }),
    );
    expect(forged.status).toBe(422);
    const trapped = await postForm(
      path,
      await answers(slot.id, { website: "http://spam.example" }),
    );
    expect(trapped.status).toBe(422);
    const foreign = await postForm(path, await answers(slot.id), {
      Origin: "https://elsewhere.example",
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain(en.messages.errorForbidden);
    const json = await postForm(path, await answers(slot.id), {
      "Content-Type": "application/json",
    });
    expect(json.status).toBe(415);
    expect((await partyTotals(slot.id)).rows).toHaveLength(0);
  });

  it("counts against the same rate limit as the API, and says when to try again", async () => {
    const { path, slot } = await bookable();
    const client = { "CF-Connecting-IP": `203.0.113.${Math.floor(Math.random() * 200) + 1}` };
    const tiny = { SIGNUP_RATE_LIMIT: env.TINY_RATE_LIMIT };
    // Two a minute: the third form from the same client is refused, before anything is written.
    const [first, second, third] = [
      await postForm(`${path}?lang=en`, await answers(slot.id), client, tiny),
      await postForm(`${path}?lang=en`, await answers(slot.id), client, tiny),
      await postForm(`${path}?lang=en`, await answers(slot.id), client, tiny),
    ];
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(third.status).toBe(429);
    expect(third.headers.get("Retry-After")).toBe("60");
    expect(await third.text()).toContain(en.messages.errorRateLimited.one.replace("{count}", "1"));
    expect((await partyTotals(slot.id)).rows).toHaveLength(2);
  });

  it("answers 404 as a page for an event that is not there", async () => {
    const { organisation, slot } = await bookable();
    const response = await postForm(
      `/${organisation.slug}/events/evt_gone`,
      await answers(slot.id),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
  });
});

describe("the organisers' own questions on the page", () => {
  const questions: QuestionInput[] = [
    {
      kind: "one_choice",
      label: { en: "Which group?" },
      choices: [{ label: { en: "Beginners" } }, { label: { en: "Speakers" } }],
      required: true,
    },
    {
      kind: "many_choices",
      label: { en: "Which days suit you?" },
      choices: [{ label: { en: "Monday" } }, { label: { en: "Friday" } }],
    },
    { kind: "yes_no", label: { en: "Can you bring a laptop?" } },
    { kind: "number", label: { en: "Years of Estonian?" }, sensitive: true },
    { kind: "long_text", label: { en: "Anything else?" } },
  ];

  async function withQuestions() {
    const booking = await bookable();
    const organiser = await createMember(booking.organisation.id, "organiser");
    const saved = await organiser.as(
      `/api/v1/admin/orgs/${booking.organisation.slug}/events/${booking.event.id}/questions`,
      { method: "PUT", json: { questions } },
    );
    const { questions: stored } = await saved.json<QuestionsResponse>();
    return { ...booking, stored };
  }

  it("asks them, and keeps each answer and its error beside its question", async () => {
    const { path, stored, slot } = await withQuestions();
    const [group, days, laptop, years] = stored;
    const { html } = await getPage(`${path}?lang=en`);
    expect(html).toContain("Which group?");
    expect(await select(html, `input[type="radio"][name="answers.${group!.id}"]`)).toHaveLength(2);
    expect(await select(html, `input[type="checkbox"][name="answers.${days!.id}"]`)).toHaveLength(
      2,
    );
    expect(html).toContain(enForm.messages.questionSensitiveNote);

    const response = await postForm(
      `${path}?lang=en`,
      await answers(slot.id, {
        [`answers.${days!.id}`]: [days!.choices[1]!.id],
        [`answers.${laptop!.id}`]: "yes",
        [`answers.${years!.id}`]: "many",
      }),
    );
    expect(response.status).toBe(422);
    const page = await response.text();
    const groupId = `answers-${group!.id}`.replace(/[^\w-]/g, "-");
    expect((await selectOne(page, `#${groupId}-error`)).text).toBe(
      enForm.messages.questionErrorRequired,
    );
    expect((await selectOne(page, `[id="answers-${years!.id}-error"]`)).text).toBe(
      enForm.messages.questionErrorNumber,
    );
    const ticked = await select(page, `input[name="answers.${days!.id}"][checked]`);
    expect(ticked.map((box) => box.attributes.value)).toEqual([days!.choices[1]!.id]);
    expect(
      await select(page, `input[name="answers.${laptop!.id}"][value="yes"][checked]`),
    ).toHaveLength(1);
    expect((await select(page, "#problems a")).map((link) => link.attributes.href)).toEqual([
      `#${groupId}`,
      `#answers-${years!.id}`,
    ]);
  });

  it("stores the answers with the sign-up", async () => {
    const { path, stored, slot } = await withQuestions();
    const [group, days, laptop, years, anything] = stored;
    await confirmation(
      await postForm(
        path,
        await answers(slot.id, {
          [`answers.${group!.id}`]: group!.choices[0]!.id,
          [`answers.${days!.id}`]: [days!.choices[0]!.id, days!.choices[1]!.id],
          [`answers.${laptop!.id}`]: "no",
          [`answers.${years!.id}`]: "٢,5",
          [`answers.${anything!.id}`]: "",
        }),
      ),
    );
    const [row] = (await partyTotals(slot.id)).rows;
    const { results } = await env.DB.prepare(
      "SELECT question_id AS questionId, value FROM registration_answers WHERE registration_id = ?1",
    )
      .bind(row!.id)
      .all<{ questionId: string; value: string }>();
    const byQuestion = Object.fromEntries(
      results.map((answer) => [answer.questionId, JSON.parse(answer.value)]),
    );
    expect(byQuestion).toEqual({
      [group!.id]: group!.choices[0]!.id,
      [days!.id]: [days!.choices[0]!.id, days!.choices[1]!.id],
      [laptop!.id]: false,
      [years!.id]: 2.5,
    });
  });
});

describe("the confirmation page", () => {
  it("shows nothing of a sign-up for a tampered receipt, and says where the link is once old", async () => {
    const { path, slot } = await bookable();
    const { location } = await confirmation(await postForm(path, await answers(slot.id)));
    const receipt = new URL(location, "http://localhost").searchParams.get("receipt")!;
    const [registrationId, , signature] = receipt.split(".");
    const tampered = `${path}/signed-up?receipt=${registrationId}.zzzzzzzz.${signature}`;
    const refused = await getPage(tampered);
    expect(refused.response.status).toBe(404);
    expect(refused.html).not.toContain("/manage/");

    // A receipt for another event: neither its page nor this one shows the sign-up.
    const { event, organisation } = await bookable();
    const elsewhere = await issueReceipt(
      env.MANAGE_TOKEN_SECRET,
      registrationId!,
      event.id,
      Date.now(),
    );
    for (const page of [path, `/${organisation.slug}/events/${event.id}`]) {
      const other = await getPage(`${page}/signed-up?receipt=${elsewhere}`);
      expect(other.response.status, page).toBe(404);
    }

    const expiredReceipt = await issueReceipt(
      env.MANAGE_TOKEN_SECRET,
      registrationId!,
      path.split("/")[3]!,
      Date.now() - 2 * 60 * 60 * 1000,
    );
    const expired = await getPage(`${path}/signed-up?receipt=${expiredReceipt}`);
    expect(expired.response.status).toBe(410);
    expect(expired.html).toContain(enEvents.messages.pageReceiptExpired);
    expect(expired.html).not.toContain("/manage/");
  });

  it("tells someone who gave no email to keep the link, in the language they signed up in", async () => {
    const { path, slot } = await bookable();
    const { html } = await confirmation(
      await postForm(`${path}?lang=ar`, await answers(slot.id, { email: "" })),
    );
    expect(await selectOne(html, "html")).toMatchObject({ attributes: { lang: "ar", dir: "rtl" } });
    expect(html).toContain(arForm.messages.noEmail);
    expect(html).toContain(arForm.messages.keepLink);
  });
});
