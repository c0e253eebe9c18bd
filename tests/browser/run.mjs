// nodeboa's tests in headless Chromium (playwright-core, Debian /usr/bin/chromium): the
// playground runs an example, the differential suite through the npm package, trap recovery, a
// page without COOP/COEP, and the Web Worker pool's speedup. Exit code 0 when all pass.
// Usage: node tests/browser/run.mjs [suite ...]   (default suite: core)
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUITES = (process.argv.slice(2).length ? process.argv.slice(2) : ['core']).filter((s) => s !== 'none');
const NATIVE = process.env.NODEBOA_BIN ?? path.join(ROOT, 'target/debug/nodeboa');
const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

// ----- directives, as tests/differential.rs reads them -----
function unescape(s) {
  return s.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
function directives(source) {
  const d = { args: [], stdin: null, env: {} };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#!')) continue;
    if (!line.startsWith('//')) break;
    const c = line.slice(2).trimStart();
    const v = (key) => (c.startsWith(key) ? c.slice(key.length).replace(/^ /, '') : null);
    if (v('args:') !== null) d.args.push(...v('args:').split(/\s+/).filter(Boolean));
    else if (v('stdin:') !== null) d.stdin = (d.stdin ?? '') + unescape(v('stdin:'));
    else if (v('env:') !== null) {
      const [k, ...rest] = v('env:').split('=');
      if (rest.length) d.env[k.trim()] = rest.join('=');
    }
  }
  return d;
}
function runHost(program, script, cwd, d) {
  const r = spawnSync(program, [script, ...d.args], {
    cwd, env: { ...process.env, ...d.env }, input: d.stdin ?? '', timeout: 10000, encoding: 'utf8',
  });
  return { stdout: r.stdout ?? '', code: r.status };
}
function cases(suite) {
  const dir = path.join(ROOT, 'tests/differential', suite);
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) {
      const main = ['main.js', 'main.mjs'].map((m) => path.join(p, m)).find((m) => fs.existsSync(m));
      if (main) out.push({ name: `${suite}/${name}`, script: main, cwd: p });
    } else if (/\.m?js$/.test(name)) out.push({ name: `${suite}/${name}`, script: p, cwd: dir });
  }
  return out;
}
function filesUnder(dir, files = {}) {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) filesUnder(p, files);
    else files[p] = fs.readFileSync(p, 'utf8');
  }
  return files;
}

// Run a program in the page through the npm package; stdout and the exit code.
async function runInPage(page, options, entry) {
  return page.evaluate(async ({ options, entry }) => {
    let stdout = '';
    try {
      const rt = await window.nodeboa.createRuntime({ ...options, stdout: (t) => { stdout += t; } });
      const code = await Promise.race([
        rt.run(entry),
        new Promise((resolve) => setTimeout(() => { rt.stop(); resolve('timeout'); }, 10000)),
      ]);
      return { stdout, code };
    } catch (error) {
      return { stdout, code: null, error: `${error.name}: ${error.message}` };
    }
  }, { options, entry });
}

async function newPage(browser, url) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
  await page.goto(url);
  return page;
}

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  // 1. The playground loads, runs an example, and shows its output.
  {
    const page = await newPage(browser, `${base}/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    await page.click('#run');
    await page.waitForFunction(() => /exited|failed/.test(document.getElementById('status').textContent),
      null, { timeout: 30000 });
    const shown = await page.textContent('#output');
    const source = await page.inputValue('#code');
    const tmp = path.join(fs.mkdtempSync('/tmp/nodeboa-pg-'), 'main.js');
    fs.writeFileSync(tmp, source);
    const expected = runHost('node', tmp, path.dirname(tmp), directives('')).stdout;
    record('playground runs the first example', shown === expected, shown === expected ? '' : JSON.stringify(shown));
    await page.close();
  }

  // 2. A page served without COOP/COEP: not cross-origin isolated, and it still runs.
  const page = await newPage(browser, `${base}/tests/browser/harness.html`);
  await page.waitForFunction(() => window.harnessReady === true, null, { timeout: 30000 });
  {
    const isolated = await page.evaluate(() => self.crossOriginIsolated);
    const r = await runInPage(page, { files: { '/home/user/a.js': 'setTimeout(()=>console.log("t"));console.log(typeof SharedArrayBuffer, typeof window, typeof document)' } }, '/home/user/a.js');
    const ok = isolated === false && r.code === 0 && r.stdout === 'function undefined undefined\nt\n';
    record('runs without COOP/COEP (and guest sees no window/document)', ok, ok ? '' : JSON.stringify({ isolated, r }));
  }

  // 3. A trap poisons the instance; a fresh runtime works afterwards.
  {
    const r = await page.evaluate(async () => {
      const { createRuntime } = window.nodeboa;
      let first;
      try {
        const rt = await createRuntime({});
        rt.__trap();
        first = 'no trap';
      } catch (error) {
        first = error.name;
      }
      let out = '';
      const rt2 = await createRuntime({ stdout: (t) => { out += t; } });
      const code = await rt2.runSnippet('console.log("alive", 1 + 1)');
      return { first, code, out };
    });
    const ok = r.first === 'WasmTrapError' && r.code === 0 && r.out === 'alive 2\n';
    record('recovers from a wasm trap', ok, JSON.stringify(r));
  }

  // 4. The Web Worker pool runs CPU-bound jobs in parallel.
  {
    const r = await page.evaluate(async () => {
      const { createPool, PoolJobKind, busyHashPayload } = window.nodeboa;
      const data = new Uint8Array(1 << 20).map((_, i) => i & 255);
      async function timed(size) {
        const pool = await createPool(size);
        await Promise.all(Array.from({ length: size }, () => pool.run(PoolJobKind.SumBytes, new Uint8Array(4))));
        const t0 = performance.now();
        const out = await Promise.all(Array.from({ length: 4 }, () => pool.run(PoolJobKind.BusyHash, busyHashPayload(data, 24))));
        const ms = performance.now() - t0;
        const spans = pool.spans.slice(-4);
        pool.terminate();
        return { ms, spans, digest: Array.from(out[0]).join(',') };
      }
      const one = await timed(1);
      const two = await timed(2);
      // Parallelism, asserted by structure rather than by timing: with 2 workers some jobs' run
      // intervals overlap; with 1 they never do.
      const overlaps = (spans) => spans.some((a, i) => spans.some((b, j) => i < j && a[0] < b[1] && b[0] < a[1]));
      return {
        one: one.ms, two: two.ms, same: one.digest === two.digest, cores: navigator.hardwareConcurrency,
        parallelWithTwo: overlaps(two.spans), serialWithOne: !overlaps(one.spans),
      };
    });
    // NOTE: the speedup is reported, never asserted (timings are for benchmarks, not tests).
    const speedup = r.one / r.two;
    const ok = r.same && r.serialWithOne && (r.cores < 2 || r.parallelWithTwo);
    record('pool runs jobs in parallel on 2 workers', ok,
      `overlap with 2: ${r.parallelWithTwo}, none with 1: ${r.serialWithOne}; 1 worker ${r.one.toFixed(0)} ms, 2 workers ${r.two.toFixed(0)} ms, ×${speedup.toFixed(2)}`);
  }

  // 5. The differential suites through the npm package, for the scripts that pass natively.
  for (const suite of SUITES) {
    let passNative = 0; let passPage = 0; const failures = [];
    const all = cases(suite);
    for (const c of all) {
      const source = fs.readFileSync(c.script, 'utf8');
      const d = directives(source);
      const expected = runHost('node', c.script, c.cwd, d);
      const native = runHost(NATIVE, c.script, c.cwd, d);
      if (native.stdout !== expected.stdout || native.code !== expected.code) continue;
      passNative += 1;
      const files = filesUnder(path.dirname(c.script));
      const got = await runInPage(page, { files, cwd: c.cwd, argv: d.args, env: d.env, stdin: d.stdin ?? '' }, c.script);
      if (got.stdout === expected.stdout && got.code === expected.code) passPage += 1;
      else failures.push(`${c.name}: expected code ${expected.code}, got ${got.code}${got.error ? ` (${got.error})` : ''}`);
    }
    for (const f of failures) console.log(`  mismatch ${f}`);
    record(`differential ${suite} in the page`, failures.length === 0,
      `${passPage}/${passNative} of the scripts that pass natively (${all.length} in the suite)`);
  }
  await page.close();
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed}/${results.length} browser tests passed`);
process.exit(failed ? 1 : 0);
