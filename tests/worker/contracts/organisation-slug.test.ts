/// <reference types="vite/client" />
import { Hono } from "hono";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { organisationSlugSchema } from "../../../schema/contracts/organisation-slug.js";
import { organisationSlugProblem, reservedSlugs } from "../../../schema/rules/organisation-slug.js";
import { app } from "../../../worker/app.js";
import { handleError } from "../../../worker/http/errors.js";
import { validate } from "../../../worker/http/validate.js";

/** A write that takes a slug, as one that creates an organisation would. */
const naming = new Hono()
  .post("/", validate("json", v.object({ slug: organisationSlugSchema })), (c) =>
    c.json(c.req.valid("json"), 200),
  )
  .onError(handleError);

const send = (slug: unknown) =>
  naming.request("/", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ slug }),
  });

describe("organisation slugs", () => {
  it("take lower-case letters, digits and single hyphens, 2 to 63 of them", () => {
    for (const slug of ["demo-city", "tartu", "red-cross-2", "ab", "a".repeat(63)]) {
      expect(organisationSlugProblem(slug), slug).toBeNull();
    }
    for (const slug of [
      "a",
      "Demo",
      "demo--city",
      "-demo",
      "demo-",
      "de mo",
      "dé",
      "a".repeat(64),
      "embed.js",
    ]) {
      expect(organisationSlugProblem(slug), slug).toBe("invalid_format");
    }
  });

  it("refuses a word Hearth's own addresses use, with its own field code", async () => {
    for (const slug of ["admin", "api", "e", "embed", "oembed", "signup", "Manage "]) {
      const response = await send(slug);
      expect(response.status, slug).toBe(422);
      const { error } = await response.json<ErrorEnvelope>();
      expect(error.fieldCodes?.slug?.code, slug).toBe(
        slug === "e" ? "invalid_format" : "slug_reserved",
      );
    }
    const fine = await send(" Tartu-City ");
    expect(fine.status).toBe(200);
    expect(await fine.json()).toEqual({ slug: "tartu-city" });
  });

  it("keeps every first path segment of the worker's routes", () => {
    const segments = new Set(
      app.routes
        .map((route) => route.path.split("/")[1] ?? "")
        .filter((segment) => segment !== "" && !segment.startsWith(":") && segment !== "*"),
    );
    expect(segments.size).toBeGreaterThan(3);
    for (const segment of segments) expect(reservedSlugs.has(segment), segment).toBe(true);
  });

  it("keeps every folder of Hearth's static pages", () => {
    const folders = new Set(
      Object.keys(import.meta.glob("../../../site/*/*")).map((file) => file.split("/").at(-2)!),
    );
    expect(folders.has("admin")).toBe(true);
    for (const folder of folders) expect(reservedSlugs.has(folder), folder).toBe(true);
  });
});
