import { createServer, Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { Webhook } from 'standardwebhooks';

export interface Received {
  /** The endpoint's path on this receiver. */
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** What the receiver answered. */
  status: number;
  /** Whether the signature checked out with the endpoint's secret (standardwebhooks' own verify). */
  verified: boolean;
  payload: { type: string; timestamp: string; data: any };
}

/**
 * A real HTTPS webhook receiver on 127.0.0.1 with a certificate made for the test (its PEM goes to WEBHOOK_CA_FILE),
 * verifying each delivery the way an integrator would, with the `standardwebhooks` package. It can be stopped and
 * started again on the same port (a receiver that is down for a while).
 */
export class HttpsReceiver {
  readonly received: Received[] = [];
  /** Decides the answer to each request (default 204). */
  respond: (r: Omit<Received, 'status'>) => { status: number; headers?: Record<string, string> } = () => ({ status: 204 });
  secrets = new Map<string, string>();
  caFile = '';
  port = 0;
  private server?: Server;
  private tls?: { key: string; cert: string };

  async init(): Promise<this> {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keyType: 'ec',
      curve: 'P-256',
      extensions: [
        { name: 'basicConstraints', cA: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 7, ip: '127.0.0.1' },
            { type: 2, value: 'localhost' },
          ],
        },
      ],
    });
    this.tls = { key: pems.private, cert: pems.cert };
    const dir = mkdtempSync(join(tmpdir(), 'tajer-webhook-ca-'));
    this.caFile = join(dir, 'receiver.pem');
    writeFileSync(this.caFile, pems.cert);
    await this.start();
    return this;
  }

  /** The URL of a path on this receiver (each endpoint gets its own path, hence its own secret). */
  url(path: string): string {
    return `https://127.0.0.1:${this.port}/${path}`;
  }

  async start(): Promise<void> {
    this.server = createServer(this.tls!, (req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const headers = {
          'webhook-id': String(req.headers['webhook-id']),
          'webhook-timestamp': String(req.headers['webhook-timestamp']),
          'webhook-signature': String(req.headers['webhook-signature']),
        };
        const path = (req.url ?? '/').slice(1);
        const secret = this.secrets.get(path);
        let verified = false;
        try {
          if (secret) new Webhook(secret).verify(body, headers);
          verified = Boolean(secret);
        } catch {
          verified = false;
        }
        const base = {
          path,
          id: headers['webhook-id'],
          timestamp: headers['webhook-timestamp'],
          signature: headers['webhook-signature'],
          body,
          verified,
          payload: JSON.parse(body || '{}'),
        };
        const answer = this.respond(base);
        this.received.push({ ...base, status: answer.status });
        res.writeHead(answer.status, answer.headers ?? {}).end(answer.status < 300 ? '' : 'nope');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }

  /** Deliveries this receiver accepted (2xx), per event id. */
  accepted(): Map<string, Received[]> {
    const out = new Map<string, Received[]>();
    for (const r of this.received) if (r.status < 300) out.set(r.id, [...(out.get(r.id) ?? []), r]);
    return out;
  }
}
