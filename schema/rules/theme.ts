/**
 * A theme value an organisation may set (a colour, a length, a font list): plain CSS, nothing
 * that could end the declaration or open markup. The settings contract refuses others; the
 * dashboard's preview leaves them out, so it never shows what the widgets would not.
 */
export const plainCssValue = /^[^;{}<>]*$/;
