import { expect } from "@open-wc/testing";
import { signUpBodySchema } from "../../../schema/contracts/registrations.js";
import { serverIssues, wordIssues } from "../../../widgets/shared/answer-issues.js";
import { contractIssues } from "../../../widgets/shared/contract-issues.js";
import type { Answers } from "../../../widgets/signup/answers.js";
import { validate } from "../../../widgets/signup/validate.js";
import { eventFixture, slotFixture } from "../helpers/fixtures.js";

const answers = (overrides: Partial<Answers> = {}): Answers => ({
  slotId: "slot_1",
  adults: "2",
  children: "0",
  name: "Amina",
  email: "",
  phone: "",
  interpreterLanguage: "",
  accessibility: "",
  dietary: "",
  consent: true,
  questions: {},
  ...overrides,
});

const event = eventFixture({ slots: [slotFixture({ id: "slot_1", capacity: 4 })] });

describe("the forms check with the API's own contract", () => {
  it("finds one issue per field, by the path the API uses", () => {
    const issues = contractIssues(signUpBodySchema, {
      slotId: "",
      adults: 1.5,
      name: "",
      email: "not an address",
      locale: "en",
      consent: false,
      fillMs: 0,
      needs: { dietary: "x".repeat(501) },
    });
    expect(issues.map((issue) => issue.path).sort()).to.deep.equal([
      "adults",
      "consent",
      "email",
      "name",
      "needs.dietary",
      "slotId",
    ]);
    expect(issues.find((issue) => issue.path === "needs.dietary")?.type).to.equal("max_length");
  });

  it("words contract issues and the server's refused fields alike, a text too long saying so", () => {
    const known = { name: ["name", "errorName"], email: ["email", "errorEmail"] } as const;
    expect(
      wordIssues(
        [
          { path: "name", type: "max_length" },
          { path: "email", type: "email" },
          { path: "unknown", type: "regex" },
        ],
        known,
        "errorTooLong",
      ),
    ).to.deep.equal({ name: "errorTooLong", email: "errorEmail" });
    expect(
      wordIssues(serverIssues({ name: "Too long", email: "Check" }), known, "tooLong"),
    ).to.deep.equal({ name: "errorName", email: "errorEmail" });
  });

  it("refuses in the sign-up form exactly what the API refuses", () => {
    // The form once took "a@b.c", which the API refused after sending.
    expect(validate(answers({ email: "a@b.c" }), event).email).to.equal("errorEmail");
    expect(validate(answers({ email: "amina@example.org" }), event)).to.deep.equal({});
    // Digits of any script are read as 0–9, as the API reads them.
    expect(validate(answers({ phone: "+٣٧٢ ٥٥٥٥ ٠١٠١" }), event)).to.deep.equal({});
    expect(validate(answers({ phone: "call me" }), event).phone).to.equal("errorPhone");
    expect(validate(answers({ adults: "1.5" }), event).adults).to.equal("errorNumber");
    expect(validate(answers({ adults: "51" }), event).adults).to.equal("errorNumber");
    expect(validate(answers({ name: "x".repeat(81) }), event).name).to.equal("errorTooLong");
    expect(validate(answers({ consent: false }), event).consent).to.equal("errorConsent");
  });

  it("adds what only the event can say: its times and whether the party fits", () => {
    expect(validate(answers({ slotId: "slot_other" }), event).slotId).to.equal("errorSlot");
    expect(validate(answers({ adults: "0", children: "0" }), event).adults).to.equal("errorPeople");
    expect(validate(answers({ adults: "3", children: "2" }), event).adults).to.equal(
      "errorPartyTooLarge",
    );
  });
});
