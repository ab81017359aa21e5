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
