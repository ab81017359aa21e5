import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { MessageKey, PluralKey } from "../i18n/messages.js";
type Values = Record<string, string | number>;
/** The UI language we have a bundle for: exact tag, then its base language, then English. */
export declare function uiLocaleFor(requested: string): string;
export declare function loadMessages(locale: string): Promise<void>;
interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
    lang: string;
}
/**
 * Resolves the host's language (its `lang`, else the page's `<html lang>`, else English),
 * loads the matching bundle, and formats text, numbers and dates for it.
 */
export declare class LocalizeController implements ReactiveController {
    private readonly host;
    /** What the page asked for; sent to the API so event content comes in that language. */
    requested: string;
    /** What the UI is written in. */
    locale: string;
    constructor(host: LocalizedHost);
    hostConnected(): void;
    /** Call before each update; resolves once the bundle is in memory so nothing flashes in English. */
    prepare(): Promise<void>;
    get dir(): "ltr" | "rtl";
    private resolve;
    private get messages();
    t(key: MessageKey, values?: Values): string;
    plural(key: PluralKey, count: number, values?: Values): string;
    number(value: number): string;
    list(items: readonly string[]): string;
    languageName(code: string): string;
    /**
     * A time span in the event's own time zone, so a visitor abroad sees the local time of the
     * event; the zone's name is added when it differs from the reader's.
     */
    dateRange(startsAt: string, endsAt: string, timeZone: string): string;
}
export {};
