// An HTTP/2 front (TLS with a throwaway self-signed certificate) for the local `wrangler dev`,
// which speaks HTTP/1.1 only: browsers reach Cloudflare's edge over HTTP/2 or 3, where a widget's
// code files and first reads travel together on one connection instead of queueing for
// Chromium's six connections a host. Chromium must be launched with --ignore-certificate-errors.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import path from "node:path";

/** Headers of one HTTP/1.1 connection, which HTTP/2 forbids. */
const connectionHeaders = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
]);

const passable = (headers) =>
  Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !name.startsWith(":") && !connectionHeaders.has(name),
    ),
  );

function selfSignedCertificate() {
  const dir = mkdtempSync(path.join(tmpdir(), "hearth-h2-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return {
      key: readFileSync(path.join(dir, "key.pem")),
      cert: readFileSync(path.join(dir, "cert.pem")),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves `targetUrl` (http://127.0.0.1:port) over HTTP/2 on a free port of 127.0.0.1. */
export function startHttp2Front(targetUrl) {
  const target = new URL(targetUrl);
  const server = http2.createSecureServer(selfSignedCertificate(), (request, response) => {
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: request.url,
        method: request.method,
        headers: passable(request.headers),
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, passable(answer.headers));
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `https://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
