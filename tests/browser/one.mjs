// Debug aid: run named differential cases in the harness page and print node's and the page's output.
// Usage: node tests/browser/one.mjs fs/stat_fields.js [suite/case ...]
// ONE_HOST=target/debug/nodeboa compares the page with that program instead of node.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { cases, directives, hostCommand, treeUnder, runInPage } from './differential_cases.mjs';
import { serve } from './server.mjs';

const HOST = process.env.ONE_HOST ?? 'node';
const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await b.newPage();
page.on('console', (m) => console.log('  [console]', m.text()));
await page.goto(`${base}/tests/browser/harness.html`);
await page.waitForFunction(() => window.harnessReady === true, null, { timeout: 60000 });
for (const name of process.argv.slice(2)) {
  const c = cases(name.split('/')[0]).find((x) => x.name === name);
  const d = directives(fs.readFileSync(c.script, 'utf8'));
  const [cmd, argv] = hostCommand(HOST, c.script, d.args, d.stdin != null);
  const n = spawnSync(cmd, argv, { cwd: c.cwd, env: { ...process.env, ...d.env }, input: d.stdin ?? '', encoding: 'utf8' });
  const t0 = Date.now();
  const got = await runInPage(page, { ...treeUnder(path.dirname(c.script)), cwd: c.cwd, argv: d.args, env: d.env, stdin: d.stdin ?? '' }, c.script);
  console.log(`== ${name} (${Date.now() - t0} ms) ${HOST} code ${n.status}, page code ${got.code} ${got.error ?? ''}`);
  if (got.stdout !== n.stdout) {
    let i = 0; while (i < n.stdout.length && n.stdout[i] === got.stdout[i]) i++;
    console.log(`stdout differs at ${i} (${HOST} ${n.stdout.length} chars, page ${got.stdout.length})`);
    console.log(`--- ${HOST}\n` + n.stdout.slice(Math.max(0, i - 200), i + 400) + '\n--- page\n' + got.stdout.slice(Math.max(0, i - 200), i + 400));
  }
}
await b.close(); server.close();
