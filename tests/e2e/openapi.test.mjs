// End to end: the OpenAPI document the running worker serves is valid OpenAPI 3.1 by a real
// validator (run here, in Node: it reads the OpenAPI schemas from disk, which workerd cannot), and
// the worker's live answers on the demo data match the schemas the document gives for them.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8825;
const documentId = "https://hearth.test/api/v1/openapi.json";

let stack;
let document;
let ajv;

before(async () => {
  stack = await startStack({ port: workerPort });
  const response = await fetch(`${stack.url}/api/v1/openapi.json`);
  assert.equal(response.status, 200);
  document = await response.json();
  // The whole document as one schema resource, so `#/components/schemas/…` resolve inside it.
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: documentId });
});

after(async () => {
  await stack?.stop();
});

/** Checks a live answer against the schema the document lists for its operation and status. */
async function assertDocumented(method, path, response) {
  const operation = document.paths[path]?.[method];
  assert.ok(operation, `${method} ${path} is in the document`);
  let answer = operation.responses[String(response.status)];
  assert.ok(answer, `${response.status} is listed for ${method} ${path}`);
  if (answer.$ref) answer = document.components.responses[answer.$ref.split("/").at(-1)];
  const schema = answer.content?.["application/json"]?.schema;
  assert.ok(schema?.$ref, `${method} ${path} ${response.status} names a JSON schema`);
  const validate = ajv.getSchema(`${documentId}${schema.$ref}`);
  const body = await response.json();
  assert.ok(
    validate(body),
    `${method} ${path} ${response.status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`,
  );
  return body;
}

const signUp = (slotId, overrides = {}) =>
  fetch(`${stack.url}/api/v1/orgs/demo-city/events/evt_demo_cafe_tue/registrations`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      // The worker's own origin may always write, like its own sign-up page.
      Origin: stack.url,
      "Idempotency-Key": crypto.randomUUID(),
    },
    body: JSON.stringify({
      slotId,
      adults: 1,
      name: "Hanna",
      email: "hanna@example.org",
      locale: "et",
      consent: true,
      fillMs: 6000,
      ...overrides,
    }),
  });

test("the served document is valid OpenAPI 3.1", async () => {
  const validator = new Validator();
  const result = await validator.validate(document);
  assert.equal(validator.version, "3.1");
  assert.deepEqual(result, { valid: true });
});

test("the validator refuses a document that breaks OpenAPI 3.1", async () => {
  const broken = JSON.parse(JSON.stringify(document));
  broken.paths["/health"].get.responses = { 200: { content: {} } }; // no description
  const result = await new Validator().validate(broken);
  assert.equal(result.valid, false);
});

test("the demo's live answers match the document", async () => {
  const events = await assertDocumented(
    "get",
    "/orgs/{org}/events",
    await fetch(`${stack.url}/api/v1/orgs/demo-city/events?lang=uk`),
  );
  assert.ok(events.events.length > 0);
  const { event } = await assertDocumented(
    "get",
    "/orgs/{org}/events/{eventId}",
    await fetch(`${stack.url}/api/v1/orgs/demo-city/events/evt_demo_cafe_tue`),
  );

  const created = await signUp(event.slots[0].id);
  assert.equal(created.status, 201);
  const { registration } = await assertDocumented(
    "post",
    "/orgs/{org}/events/{eventId}/registrations",
    created,
  );
  assert.match(registration.manageUrl, /#token=/);

  const refused = await signUp(event.slots[0].id, { adults: "two", email: "not an email" });
  assert.equal(refused.status, 422);
  const envelope = await assertDocumented(
    "post",
    "/orgs/{org}/events/{eventId}/registrations",
    refused,
  );
  assert.deepEqual(Object.keys(envelope.error.fieldCodes).sort(), ["adults", "email"]);

  const catalogue = await assertDocumented(
    "get",
    "/networks/{network}/events",
    await fetch(`${stack.url}/api/v1/networks/demo-region/events`),
  );
  assert.ok(new Set(catalogue.events.map((item) => item.organiser.slug)).size >= 3);

  const missing = await fetch(`${stack.url}/api/v1/orgs/no-such-city/events`);
  assert.equal(missing.status, 404);
  const notFound = await assertDocumented("get", "/orgs/{org}/events", missing);
  assert.equal(notFound.error.code, "not_found");
});

test("the docs page is served beside the document", async () => {
  const response = await fetch(`${stack.url}/api/v1/docs`);
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, /<h1>Hearth public API<\/h1>/);
  assert.doesNotMatch(html, /<script/i);
});
