/*
 * The answers' shared formats live beside the contracts (`schema/contracts/response-formats.ts`),
 * whose response schemas are built from them; re-exported for the schemas still in this folder.
 */
export { isoDay, isoTime, webAddress } from "../../../schema/contracts/response-formats.js";
