export declare const signupStyles: import("lit").CSSResult[];
