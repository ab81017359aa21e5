import type { TemplateResult } from "lit";
import { LitElement } from "lit";
import type { HearthEventDetail, HearthEventName } from "./events.js";
import { LocalizeController } from "./localize.js";
/**
 * What every Hearth widget shares: language and direction, the API override and typed events.
 * Subclasses render their content through `renderBase()` so `lang`/`dir` sit on one wrapper.
 */
export declare class HearthElement extends LitElement {
    /** UI language; falls back to the page's `<html lang>`, then English. */
    lang: string;
    /** Origin of the Hearth API, when it differs from the origin embed.js was loaded from. */
    api: string;
    protected readonly localize: LocalizeController;
    protected scheduleUpdate(): Promise<void>;
    protected emit<K extends HearthEventName>(type: K, detail: HearthEventDetail<K>): void;
    protected renderBase(content: unknown): TemplateResult;
    protected get apiOverride(): string | undefined;
}
