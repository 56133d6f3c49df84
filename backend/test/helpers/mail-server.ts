import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  body: string;
}

/** A real SMTP server on a free local port that keeps what it receives, parsed by mailparser (subject and text body decoded). */
export async function startMailServer() {
  const received: ReceivedMail[] = [];
  const waiters: { pred: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const parsed = await simpleParser(Buffer.concat(chunks));
        const mail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: parsed.subject ?? '',
          body: (parsed.text ?? '').replace(/\r\n/g, '\n'),
        };
        received.push(mail);
        for (const w of waiters.filter((w) => w.pred(mail))) w.resolve(mail);
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The first mail (already received or future) sent to `to`. */
    mailTo(to: string): Promise<ReceivedMail> {
      const seen = received.find((m) => m.to.includes(to));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ pred: (m) => m.to.includes(to), resolve }));
    },
    close: () => new Promise<void>((r) => smtp.close(() => r())),
  };
}
