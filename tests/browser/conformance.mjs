// Conformance report: raw pass rates per differential suite, for the native CLI and for nodeboa
// in headless Chromium (the npm package in tests/browser/harness.html, as run.mjs uses it).
// Every case of every suite counts once on each host; a case passes when its stdout and exit
// code equal node's. Known failures (KNOWN_FAILURES.txt) and timeouts count as failures: the
// rates are never adjusted.
//
// The CLI figures come from `cargo test` logs (libtest lines `test <name> ... ok|FAILED`, run
// with --include-ignored), given with --cli-log FILE (repeatable); the Chromium figures are
// measured here, unless --no-browser. Writes target/conformance/report.json and prints a table.
// Usage: node tests/browser/conformance.mjs [--cli-log FILE]... [--no-browser] [suite ...]
// The case discovery, directive parsing and page runner are run.mjs's (differential_cases.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases, directives, hostCommand, treeUnder, runInPage } from './differential_cases.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'target/conformance');
const argv = process.argv.slice(2);
const cliLogs = [];
let browser = true;
const only = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--cli-log') cliLogs.push(argv[++i]);
  else if (argv[i] === '--no-browser') browser = false;
  else only.push(argv[i]);
}
const DIFF = path.join(ROOT, 'tests/differential');
const SUITES = (only.length ? only : fs.readdirSync(DIFF).filter((s) => fs.statSync(path.join(DIFF, s)).isDirectory())).sort();

// ----- the CLI: libtest lines from cargo test logs -----
function cliResults() {
  const bySuite = {};
  for (const log of cliLogs) {
    const text = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
    const packages = /packages/.test(path.basename(log));
    for (const m of text.matchAll(/^test (\S+)\s+\.\.\. (ok|FAILED|ignored)/gm)) {
      const suite = packages ? 'npm packages' : m[1].split('/')[0];
      bySuite[suite] ??= { pass: 0, total: 0, failures: [] };
      bySuite[suite].total += 1;
      if (m[2] === 'ok') bySuite[suite].pass += 1;
      else bySuite[suite].failures.push(m[1]);
    }
  }
  return bySuite;
}

// ----- Chromium: every case of every suite through the npm package in the harness page -----
async function browserResults() {
  const { chromium } = await import('playwright-core');
  const { serve } = await import('./server.mjs');
  const server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const b = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const bySuite = {};
  let page = null;
  async function freshPage() {
    if (page) await page.close().catch(() => {});
    page = await b.newPage();
    await page.goto(`${base}/tests/browser/harness.html`);
    await page.waitForFunction(() => window.harnessReady === true, null, { timeout: 60000 });
  }
  try {
    await freshPage();
    for (const suite of SUITES) {
      const r = { pass: 0, total: 0, failures: [] };
      for (const c of cases(suite)) {
        const source = fs.readFileSync(c.script, 'utf8');
        const d = directives(source);
        const [cmd, argv] = hostCommand('node', c.script, d.args, d.stdin != null);
        const expected = spawnSync(cmd, argv, {
          cwd: c.cwd, env: { ...process.env, ...d.env }, input: d.stdin ?? '', timeout: 10000, encoding: 'utf8',
        });
        const tree = treeUnder(path.dirname(c.script));
        let got;
        try {
          got = await runInPage(page, { ...tree, cwd: c.cwd, argv: d.args, env: d.env, stdin: d.stdin ?? '' }, c.script);
        } catch (error) {
          got = { stdout: '', code: null, error: `page: ${error.message.split('\n')[0]}` };
          await freshPage(); // a crashed or wedged page must not fail the cases after it
        }
        r.total += 1;
        if (got.stdout === (expected.stdout ?? '') && got.code === expected.status) r.pass += 1;
        else r.failures.push(`${c.name}${got.error ? ` (${got.error})` : got.code === 'timeout' ? ' (timeout)' : ''}`);
      }
      bySuite[suite] = r;
      console.error(`chromium ${suite}: ${r.pass}/${r.total}`);
    }
  } finally {
    await b.close();
    server.close();
  }
  return bySuite;
}

const cli = cliResults();
const page = browser ? await browserResults() : {};
const suites = [...new Set([...SUITES, ...Object.keys(cli)])].filter((s) => cli[s] || page[s]);
const total = (by) => Object.values(by).reduce((a, r) => ({ pass: a.pass + r.pass, total: a.total + r.total }), { pass: 0, total: 0 });
const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const report = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD') + (dirty ? '+dirty' : ''),
  rule: 'raw: each case counts once; known failures, timeouts and crashes count as failures',
  cli,
  chromium: page,
  totals: {
    cli_differential: total(Object.fromEntries(Object.entries(cli).filter(([s]) => s !== 'npm packages'))),
    cli_packages: cli['npm packages'] ?? null,
    chromium_differential: browser ? total(page) : null,
  },
};
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

const cell = (r) => (r ? `${r.pass}/${r.total} (${((100 * r.pass) / Math.max(r.total, 1)).toFixed(1)} %)` : '–');
const lines = ['| suite | CLI | Chromium |', '|---|---:|---:|'];
for (const s of suites) lines.push(`| ${s} | ${cell(cli[s])} | ${cell(page[s])} |`);
lines.push(`| **all differential** | **${cell(report.totals.cli_differential)}** | **${browser ? cell(report.totals.chromium_differential) : '–'}** |`);
const md = lines.join('\n');
fs.writeFileSync(path.join(OUT, 'report.md'), `${md}\n`);
console.log(md);
console.log(`\ndate ${report.date} commit ${report.commit}; wrote target/conformance/report.json`);
for (const [host, by] of [['CLI', cli], ['Chromium', page]]) {
  const failed = Object.values(by).flatMap((r) => r.failures);
  if (failed.length) console.log(`${host} failures (${failed.length}): ${failed.join(', ')}`);
}
