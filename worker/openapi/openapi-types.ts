import type { JsonSchema } from "@valibot/to-json-schema";

/** The parts of OpenAPI 3.1 this API's document uses, for building it and for the docs page. */

export interface Reference {
  $ref: string;
}

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export type Content = Record<string, { schema: JsonSchema }>;

export interface ResponseObject {
  description: string;
  content?: Content;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

export interface OperationObject {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: (ParameterObject | Reference)[];
  requestBody?: { required: true; content: Content };
  security?: Record<string, string[]>[];
  responses: Record<string, ResponseObject | Reference>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Partial<Record<string, OperationObject>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    parameters: Record<string, ParameterObject>;
    securitySchemes: Record<string, { type: "http"; scheme: "bearer"; description: string }>;
  };
}

export const isReference = (value: object): value is Reference => "$ref" in value;
