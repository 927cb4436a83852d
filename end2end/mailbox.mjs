// The services' shared inbox for the end-to-end tests: a small SMTP server on loopback (a real protocol peer
// speaking RFC 5321 over TCP, not a stand-in for the mail library) that keeps every message it accepts as a
// file in the folder given as its second argument, so a test can read what a service's inbox received.
//
//   node mailbox.mjs PORT FOLDER
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

const [port, folder] = [Number(process.argv[2]), process.argv[3]];
fs.mkdirSync(folder, { recursive: true });
let received = 0;

net
  .createServer((socket) => {
    socket.setEncoding('latin1');
    let buffer = '';
    let inData = false;
    let message = { from: '', to: [], lines: [] };
    const reply = (line) => socket.write(`${line}\r\n`);
    reply('220 mailbox.test ESMTP ready');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received += 1;
            const name = `${String(Date.now()).padStart(15, '0')}-${received}.eml`;
            const head = `X-Envelope-From: ${message.from}\r\nX-Envelope-To: ${message.to.join(', ')}\r\n`;
            fs.writeFileSync(path.join(folder, name), head + message.lines.join('\r\n') + '\r\n');
            message = { from: '', to: [], lines: [] };
            reply('250 2.0.0 kept');
          } else {
            message.lines.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') {
          reply('250-mailbox.test');
          reply('250-8BITMIME');
          reply('250 SMTPUTF8');
        } else if (verb === 'HELO') {
          reply('250 mailbox.test');
        } else if (verb === 'MAIL') {
          message.from = line.replace(/^MAIL FROM:\s*/i, '');
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          message.to.push(line.replace(/^RCPT TO:\s*/i, ''));
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET') {
          message = { from: '', to: [], lines: [] };
          reply('250 2.0.0 ok');
        } else if (verb === 'NOOP') {
          reply('250 2.0.0 ok');
        } else if (verb === 'QUIT') {
          reply('221 2.0.0 bye');
          socket.end();
        } else {
          reply('502 5.5.2 not implemented');
        }
      }
    });
    socket.on('error', () => {});
  })
  .listen(port, '127.0.0.1');
