import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface LinkedInServer {
  /** Chromium flags: www.linkedin.com goes to this server, every other host fails to resolve. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/**
 * Serves saved pages at their www.linkedin.com paths from a local HTTPS server (a throwaway
 * self-signed certificate), so Chromium loads them like any site. Playwright's request routing
 * is not used for the benchmark: once any route is set, every request of the page (hundreds of
 * failing asset requests on a real LinkedIn page, each blocking the parser) makes a round trip
 * through Node, which adds that harness's own delay to the capture latency.
 */
export async function startLinkedInServer(pages: Record<string, string>): Promise<LinkedInServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'leadlens-bench-tls-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=www.linkedin.com'].concat([
      '-addext',
      'subjectAltName=DNS:www.linkedin.com',
      '-keyout',
      key,
      '-out',
      cert,
    ]),
    { stdio: 'ignore' },
  );
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    const body = pages[new URL(request.url ?? '/', 'https://www.linkedin.com').pathname];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    chromiumArgs: [
      `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${port}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
    ],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}
