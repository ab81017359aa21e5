export declare const eventsStyles: import("lit").CSSResult[];
