/**
 * Registers a tag unless the host page already did. Our code runs on pages we don't control:
 * a second embed.js, or another version of the widget, must not break the page with a throw.
 */
export declare function define(tag: string, element: CustomElementConstructor): void;
