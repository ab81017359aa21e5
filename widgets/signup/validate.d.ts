import type { PublicEvent } from "../../schema/contracts/events.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";
export type Field = "slotId" | "adults" | "children" | "name" | "email" | "phone" | "interpreterLanguage" | "accessibility" | "dietary" | "consent";
/** Form order, so the first invalid field is the one that gets focus. */
export declare const fields: readonly Field[];
export type FieldErrors = Partial<Record<Field, MessageKey>>;
export interface Answers {
    slotId: string;
    adults: string;
    children: string;
    name: string;
    email: string;
    phone: string;
    interpreterLanguage: string;
    accessibility: string;
    dietary: string;
    consent: boolean;
}
export declare function readAnswers(form: HTMLFormElement): Answers;
/** The same rules the API applies, checked first so people get answers in their own language. */
export declare function validate(answers: Answers, event: PublicEvent): FieldErrors;
/** The API names fields by path and explains in English; we show our translated words instead. */
export declare function fromServerFields(serverFields: Readonly<Record<string, string>>): FieldErrors;
export declare function toBody(answers: Answers, locale: string, website: string, fillMs: number): SignUpBody;
