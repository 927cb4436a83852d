// The W3C Nu HTML checker (npm package vnu-jar, on Java), run as a local service beside the test server so that
// every page the tests visit is checked as the browser received it. Results are cached by the page's content
// (with its per-request nonce blanked) and the checker's version, so an unchanged page is checked once.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const port = Number(process.env.WAYMARK_E2E_PORT ?? 3100) + 1;
const url = `http://127.0.0.1:${port}/`;
// The package's main module exports the path of the jar it ships.
const jar = require('vnu-jar') as string;
const version = JSON.parse(fs.readFileSync(require.resolve('vnu-jar/package.json'), 'utf8')).version as string;
const cacheDir = path.join(__dirname, '.cache', 'html-checked');

/** The checker's web service, for the Playwright configuration's `webServer` list. */
export const checkerServer = {
  command: `java -Xss1024k -Dnu.validator.servlet.bind-address=127.0.0.1 -cp "${jar}" nu.validator.servlet.Main ${port}`,
  url,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'ignore' as const,
};

interface Message {
  type: string;
  subType?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** The checker's errors for `html` (warnings and notes are not failures), each as one line. */
export async function htmlErrors(html: string): Promise<string[]> {
  const key = crypto
    .createHash('sha256')
    .update(version)
    .update(html.replace(/ nonce="[^"]*"/g, ' nonce=""'))
    .digest('hex');
  const passed = path.join(cacheDir, key);
  if (fs.existsSync(passed)) return [];
  const response = await fetch(`${url}?out=json`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: html,
  });
  if (!response.ok) throw new Error(`the HTML checker answered ${response.status}`);
  const { messages } = (await response.json()) as { messages: Message[] };
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` in “${m.extract.trim()}”` : ''}`);
  if (errors.length === 0) {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(passed, '');
  }
  return errors;
}
