export declare const bookingStyles: import("lit").CSSResult[];
