import { SMTPServer } from 'smtp-server';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

// For the demo only: an SMTP server on localhost that keeps every mail Voordeur sends as an .eml
// file and prints a line for it, so the confirmations and replies can be read without a mail provider.
const port = Number(process.env.DEV_MAILBOX_PORT ?? 1025);
const dir = path.resolve(process.env.DEV_MAILBOX_DIR ?? 'data/mail');

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', async () => {
      try {
        const raw = Buffer.concat(chunks);
        const mail = await simpleParser(raw);
        await mkdir(dir, { recursive: true });
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.eml`);
        await writeFile(file, raw);
        const to = mail.to && 'text' in mail.to ? mail.to.text : '';
        console.log(`[dev-mailbox] to ${to}: ${mail.subject}  (${path.relative(process.cwd(), file)})`);
        callback();
      } catch (err) {
        callback(err as Error);
      }
    });
  },
});
server.listen(port, process.env.DEV_MAILBOX_HOST ?? '127.0.0.1', () =>
  console.log(`[dev-mailbox] catching mail on smtp://127.0.0.1:${port}, saved in ${dir}`),
);
