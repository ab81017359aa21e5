/**
 * Global design tokens with accessible defaults (text and controls ≥ 4.5:1 on the surface).
 * Host pages override them with `--hearth-*` custom properties.
 */
export declare const baseStyles: import("lit").CSSResult;
