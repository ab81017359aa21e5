import * as v from "valibot";
import type { AnswerIssue } from "./answer-issues.js";

/**
 * The problems the API's own contract finds in what a form would send, one per field (the first):
 * the widgets check with the very schema the worker checks with, so the two never disagree.
 * Forms load this (and valibot, and the schema) only when someone starts answering.
 */
export function contractIssues(schema: v.GenericSchema, value: unknown): AnswerIssue[] {
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (result.success) return [];
  const seen = new Set<string>();
  const issues: AnswerIssue[] = [];
  for (const issue of result.issues) {
    const path = v.getDotPath(issue) ?? "";
    if (seen.has(path)) continue;
    seen.add(path);
    issues.push({ path, type: issue.type });
  }
  return issues;
}
