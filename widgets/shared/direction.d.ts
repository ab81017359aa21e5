export declare function directionOf(locale: string): "ltr" | "rtl";
