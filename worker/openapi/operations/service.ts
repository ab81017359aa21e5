import type { Operation } from "../operation-shape.js";
import { json } from "../operation-shape.js";

/** The API itself, and an organisation. */
export const serviceOperations: Operation[] = [
  {
    method: "get",
    path: "/health",
    operationId: "health",
    tag: "Service",
    summary: "Whether the API answers",
    answers: [json(200, "Health", "The API answers.")],
    errors: [],
  },
  {
    method: "get",
    path: "/openapi.json",
    operationId: "openApiDocument",
    tag: "Service",
    summary: "This document (OpenAPI 3.1)",
    answers: [{ status: 200, description: "The OpenAPI document.", body: "application/json" }],
    errors: [],
  },
  {
    method: "get",
    path: "/docs",
    operationId: "apiDocs",
    tag: "Service",
    summary: "This document as a web page",
    answers: [{ status: 200, description: "A page listing every operation.", body: "text/html" }],
    errors: [],
  },
  {
    method: "get",
    path: "/orgs/:org",
    operationId: "getOrganisation",
    tag: "Organisations",
    summary: "An organisation: name, languages, time zone, colours",
    publicRead: true,
    answers: [json(200, "OrganisationResponse", "The organisation.")],
    errors: [404],
  },
  {
    method: "post",
    path: "/orgs/:org/refused-website",
    operationId: "reportRefusedWebsite",
    tag: "Organisations",
    summary: "Report that a widget runs on a website the organisation has not allowed",
    description:
      "Counted for the organisation's settings when the `Origin` is not allowed; no body.",
    answers: [{ status: 204, description: "Noted (or nothing to note).", body: null }],
    errors: [404, 429],
  },
];
