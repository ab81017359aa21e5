import type { Messages } from "./messages.js";
export declare const ar: Messages;
