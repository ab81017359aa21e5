// End to end: a mentor and a learner sign up for the demo's Language Friend season on the demo
// site (Chromium at 320 px, the learner in Ukrainian); the coordinator, in the dashboard, finds
// pairs among the demo's 40 mentors and 50 learners, locks the learner's pair and publishes; each
// reads their introduction — the learner's in Ukrainian, naming her mentor — in the dev mailbox.
// Real worker, real local D1 with the demo seed.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";
import { openMessage } from "./dev-mailbox.mjs";
import { readdir, readFile } from "node:fs/promises";

/** A catalogue's strings, to find the Ukrainian words on the page. */
const catalogue = async (path) =>
  JSON.parse(await readFile(new URL(`../../i18n/${path}`, import.meta.url), "utf8")).messages;

const workerPort = 8831;

let stack;
let browser;

before(async () => {
  stack = await startStack({ port: workerPort });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Goes through the intake screens of one widget with the answers given. */
async function signUp(page, widget, answers) {
  const next = () => widget.getByRole("button", { name: answers.words.next }).click();
  await widget.getByLabel(answers.words.firstName).fill(answers.firstName);
  await widget.getByLabel(answers.words.email, { exact: true }).fill(answers.email);
  await next();
  await widget.getByRole("radio", { name: answers.level }).check();
  await next();
  await widget.getByRole("checkbox", { name: answers.words.tuesdayEvening }).check();
  await widget.getByRole("checkbox", { name: answers.words.thursdayEvening }).check();
  await next();
  await widget.getByRole("checkbox", { name: answers.words.online }).check();
  await next();
  await widget.getByRole("checkbox", { name: answers.words.cooking }).check();
  await next();
  await next(); // the optional wishes
  // The demo season's own question (optional), on a screen of its own.
  await widget.getByLabel(answers.words.ownQuestion).fill(answers.topic);
  await next();
  await widget.getByRole("checkbox", { name: answers.words.consent }).check();
  await page.waitForTimeout(300);
  await widget.getByRole("button", { name: answers.words.send }).click();
  await widget.getByText(answers.words.thanks).first().waitFor({ timeout: 15_000 });
}

const english = {
  next: "Next",
  firstName: "Your first name or a nickname",
  email: "Email",
  tuesdayEvening: "Tuesday Evening",
  thursdayEvening: "Thursday Evening",
  online: "Online, by video call",
  cooking: "Cooking",
  ownQuestion: "What would you like to talk about first?",
  consent: /I agree that you keep my answers/,
  send: "Send my answers",
  thanks: /Thank you, Mari-Liis!/,
};

test("a mentor and a learner sign up, the coordinator finds pairs, locks one and publishes, both are introduced", async () => {
  const mentorEmail = `mari-liis.${Date.now()}@example.org`;
  const learnerEmail = `yevheniia.${Date.now()}@example.org`;

  const context = await browser.newContext({
    viewport: { width: 320, height: 800 },
    timezoneId: "Europe/Tallinn",
  });
  const page = await context.newPage();
  await page.goto(`${stack.url}/demo/mentoring.html`, { waitUntil: "networkidle" });
  const mentorWidget = page.locator('hearth-mentoring[as="mentor"]');
  await signUp(page, mentorWidget, {
    words: english,
    firstName: "Mari-Liis",
    email: mentorEmail,
    level: /mother tongue/,
    topic: "Our gardens",
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  assert.equal(overflow, false, "no sideways scrolling at 320 px");

  const ukPage = await context.newPage();
  await ukPage.goto(`${stack.url}/demo/mentoring.html?lang=uk`, { waitUntil: "networkidle" });
  const learnerWidget = ukPage.locator('hearth-mentoring[as="learner"]');
  const uk = await catalogue("public/uk/mentoring.json");
  await signUp(ukPage, learnerWidget, {
    words: {
      next: uk.mentoringNext,
      firstName: uk.mentoringFirstName,
      email: uk.mentoringEmail,
      tuesdayEvening: `${uk.mentoringTue} ${uk.mentoringEvening}`,
      thursdayEvening: `${uk.mentoringThu} ${uk.mentoringEvening}`,
      online: uk.mentoringModeOnline,
      cooking: uk.mentoringInterestCooking,
      ownQuestion: "Про що ви хотіли б поговорити спочатку?",
      consent: uk.mentoringConsent,
      send: uk.mentoringSend,
      thanks: new RegExp(uk.mentoringSentHeading.split("{name}")[0].trim()),
    },
    firstName: "Yevheniia",
    email: learnerEmail,
    level: new RegExp(uk.mentoringLevelA2.slice(0, 12)),
    topic: "Про кулінарію",
  });

  // The coordinator, in the dashboard: find pairs, lock the learner's pair, publish.
  const coordinator = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await coordinator.goto(`${stack.url}/admin/`, { waitUntil: "networkidle" });
  await coordinator.getByLabel("Email").first().fill("organiser@demo-city.example");
  await coordinator.getByLabel("Password").first().fill("demo-organiser-2026");
  await coordinator.getByRole("button", { name: "Sign in" }).first().click();
  await coordinator.getByRole("link", { name: "Language Friends" }).first().click();
  await coordinator
    .getByRole("link", { name: /Language Friends: winter season/ })
    .first()
    .click();
  await coordinator.getByRole("button", { name: "Find pairs", exact: true }).click();
  // A proposed pair's card shows its fit; the cards of people not matched yet do not.
  const pairs = coordinator
    .locator("li.card")
    .filter({ hasText: "Yevheniia" })
    .filter({ hasText: /Fit: / });
  await pairs.first().waitFor({ timeout: 30_000 });
  const yevheniiasPair = (await pairs.first().innerText()).replace(/\s+/g, " ");
  // The card reads "Mentor: <name>"; names are isolated (U+2068 … U+2069) for right-to-left pages.
  const mentorOfYevheniia = /Mentor: \u2068?([^\u2069]+)/.exec(yevheniiasPair)?.[1];
  assert.ok(mentorOfYevheniia, `Yevheniia's pair names a demo mentor: ${yevheniiasPair}`);
  await pairs
    .first()
    .getByRole("button", { name: /^Lock\s*:/ })
    .click();
  await coordinator
    .getByText(/Locked: /)
    .first()
    .waitFor();
  await coordinator.getByRole("button", { name: "Publish pairs" }).click();
  await coordinator.getByRole("button", { name: "Yes, publish" }).click();
  await coordinator
    .getByText(/introduced|Pairs published/)
    .first()
    .waitFor({ timeout: 30_000 });

  const mailbox = await context.newPage();
  // Mari-Liis is introduced to whichever learner the pairing gave her; Yevheniia to her mentor.
  await openMessage(mailbox, stack.url, mentorEmail, /partner/, 120);
  await openMessage(mailbox, stack.url, learnerEmail, new RegExp(mentorOfYevheniia), 120);
  const learnerMail = await mailbox.locator("body").innerText();
  assert.match(learnerMail, new RegExp(mentorOfYevheniia));
  assert.ok(
    !learnerMail.includes("Our gardens"),
    "answers to the season's questions stay out of emails",
  );
  // In Ukrainian: the introduction's heading from the learner's own catalogue.
  const ukMessages = await catalogue("messages/uk.json");
  assert.ok(
    learnerMail.includes(ukMessages.mentoringIntroHeading.replace("{partner}", mentorOfYevheniia)),
    "the learner's introduction is in Ukrainian",
  );

  // Yevheniia writes to her mentor from her own page (the link in her introduction); the mentor
  // reads it in the dev mailbox, in their own language, without Yevheniia's address.
  const manageUrl = /https?:\/\/\S+\/mentoring\/\?person=\S+#token=\S+/.exec(learnerMail)?.[0];
  assert.ok(manageUrl, "the introduction links to the learner's own page");
  const own = await context.newPage();
  await own.goto(manageUrl, { waitUntil: "networkidle" });
  const mine = own.locator("hearth-mentoring");
  const named = (template) => template.replace("{name}", mentorOfYevheniia);
  await mine.getByRole("button", { name: named(uk.mentoringWrite) }).click();
  const words = `Привіт! Can we meet on Tuesday at 18:00? (${Date.now()})`;
  await mine.getByLabel(named(uk.mentoringRelayLabel)).fill(words);
  await mine.getByRole("button", { name: uk.mentoringRelaySend }).click();
  await mine.getByText(named(uk.mentoringRelaySent)).waitFor({ timeout: 15_000 });
  // The subject is in the mentor's language, whichever it is (a name isolated in right-to-left).
  const files = await readdir(new URL("../../i18n/messages/", import.meta.url));
  const relaySubjects = await Promise.all(
    files.map(async (file) =>
      (await catalogue(`messages/${file}`)).mentoringRelaySubject
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace("\\{partner\\}", "\u2068?Yevheniia\u2069?"),
    ),
  );
  await openMessage(mailbox, stack.url, /@/, new RegExp(relaySubjects.join("|")), 60);
  const relayed = await mailbox.locator("body").innerText();
  assert.ok(relayed.includes(words), "the mentor reads Yevheniia's words");
  assert.ok(!relayed.includes(learnerEmail), "without Yevheniia's address");
  await context.close();
});
