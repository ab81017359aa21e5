/*
 * The event page's only style, inline (no request before the first paint) and allowed by its hash.
 * One column that works from 320 px; logical properties, so right-to-left needs nothing more;
 * colours keep at least 4.5:1 in light and dark; controls and choices are at least 24 px.
 * `<hearth-signup>` gets the page's font and colours through its tokens: the widget has no dark
 * theme of its own, and its dark text would vanish on the dark page.
 */
export const pageStyle =
  "body{margin:0;padding:16px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;" +
  "font-size:17px;line-height:1.5;color:#1f2328;background:#fff}" +
  ".hearth{max-width:36em;margin:0 auto}" +
  "a{color:#0b57d0}" +
  "h1{font-size:1.6em;line-height:1.25;margin:.25em 0 .5em}" +
  "h2{font-size:1.25em;line-height:1.3;margin:1.5em 0 .5em}" +
  ".muted,.hint{color:#59636e}" +
  ".hint{margin:0;font-size:15px}" +
  "dt{font-weight:bold}dd{margin:0 0 .5em}" +
  ".notice{padding:12px;margin:1em 0;border-inline-start:4px solid #0b57d0;background:#eef3fc}" +
  ".alert{border-color:#b3261e;background:#fdeceb}" +
  ".alert h2{margin-top:0;font-size:1.1em}" +
  ".field,fieldset{margin:0 0 16px}" +
  "fieldset{border:0;padding:0}" +
  "label,legend{display:block;font-weight:600;padding:0}" +
  "input:not([type=radio]):not([type=checkbox]),textarea{box-sizing:border-box;width:100%;" +
  "min-height:44px;padding:8px;font:inherit;color:inherit;background:#fff;" +
  "border:1px solid #6e7781;border-radius:6px}" +
  ".short input{max-width:8em}" +
  "[aria-invalid=true]{border:2px solid #b3261e}" +
  ".choice{display:flex;gap:8px;align-items:flex-start;font-weight:normal;padding:6px 0}" +
  ".choice input{flex:none;width:24px;height:24px;margin:2px 0}" +
  ".choice span{display:block}" +
  ".error{margin:4px 0;color:#b3261e;font-weight:bold}" +
  "summary{cursor:pointer;padding:6px 0;font-weight:600}" +
  ".trap{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}" +
  ".button{display:inline-block;min-height:44px;padding:10px 20px;margin:4px 0;border:0;" +
  "border-radius:6px;background:#0b57d0;color:#fff;font:inherit;font-weight:bold;" +
  "text-decoration:none;cursor:pointer}" +
  ".code{font-size:1.4em;font-weight:bold;letter-spacing:.1em}" +
  ".languages ul{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:0;padding:0}" +
  ".languages{margin-top:2em;font-size:15px}" +
  ":focus-visible{outline:3px solid #0b57d0;outline-offset:2px}" +
  "hearth-signup{display:block;--hearth-font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;" +
  "--hearth-font-size:1em;--hearth-color-focus:#0b57d0}" +
  "@media (prefers-color-scheme:dark){body{background:#121212;color:#e8e8e8}" +
  "a{color:#8ab4f8}.muted,.hint{color:#b0b8c1}.notice{background:#1c2533}" +
  ".alert{border-color:#ff8a80;background:#3a1e1c}.error{color:#ff8a80}" +
  "[aria-invalid=true]{border-color:#ff8a80}" +
  "input:not([type=radio]):not([type=checkbox]),textarea{background:#1e1e1e;border-color:#8b949e}" +
  ".button{background:#8ab4f8;color:#000}:focus-visible{outline-color:#8ab4f8}" +
  "hearth-signup{--hearth-color-text:#e8e8e8;--hearth-color-muted:#b0b8c1;" +
  "--hearth-color-surface:#1e1e1e;--hearth-color-border:#8b949e;--hearth-color-primary:#8ab4f8;" +
  "--hearth-color-on-primary:#000;--hearth-color-danger:#ff8a80;--hearth-color-success:#81c995;" +
  "--hearth-color-warning:#fdd663;--hearth-color-focus:#8ab4f8}}";
