// A host page on another origin, as a municipality's CMS would serve it.
import { createServer } from "node:http";

/**
 * @param {{ port: number, html: string, headers?: Record<string, string> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveHostPage({ port, html, headers = {} }) {
  const server = createServer((request, response) => {
    response.writeHead(request.url === "/" ? 200 : 404, {
      "Content-Type": "text/html; charset=utf-8",
      ...headers,
    });
    response.end(request.url === "/" ? html : "not found");
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/** The SQL that lets the demo organisation's widgets take sign-ups from `origin`. */
export const allowOriginSql = (origin) =>
  `UPDATE organisations SET allowed_origins = json_insert(allowed_origins, '$[#]', '${origin}') WHERE slug = 'demo-city'`;

/** A strict host CSP: no inline script, no eval, scripts and API calls only from the worker. */
export const strictHostCsp = (workerUrl) => ({
  "Content-Security-Policy": `default-src 'none'; script-src ${workerUrl}; connect-src ${workerUrl}; style-src 'self'; base-uri 'none'; object-src 'none'`,
});
