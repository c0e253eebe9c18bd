// nodeboa's browser benchmarks in headless Chromium (playwright-core, /usr/bin/chromium): drives
// www/bench.html and writes target/bench/chromium.json per the benchmark contract (workloads of
// crate/benches/workloads/*.js whose `// hosts:` line names chromium, median of 5; `extra`: cold
// start, wasm sizes, callbacks/s, longest main-thread task, pool speedup). Timings are reported,
// never asserted. Usage: node tests/browser/bench.mjs [--quick] [--pkg /pkg/] [--out FILE]
//   [--only workloads,cold,size,snippets,callbacks,longtask,pool] [--cache-wait MS] [--js-flags "V8 FLAGS"]
//   [--no-early-compile]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const QUICK = argv.includes('--quick');
const PKG = option('pkg', '/pkg/').replace(/\/?$/, '/');
const OUT = path.resolve(ROOT, option('out', 'target/bench/chromium.json'));
const WORKLOADS = path.resolve(ROOT, option('workloads', 'crate/benches/workloads'));
const ONLY = new Set(option('only', 'workloads,cold,size,snippets,callbacks,longtask,pool').split(','));
const RUNS = Number(option('runs', QUICK ? 1 : 5));
// How long a cold-start load stays open before the next: V8 writes a wasm module's code cache only
// once its optimised code stops growing for a while (--cache-wait; --js-flags passes V8 flags).
const CACHE_WAIT_MS = Number(option('cache-wait', 300));
const COLD_REPS = QUICK ? 2 : 5;
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};
const fmt = (x, digits = 1) => (typeof x === 'number' ? x.toFixed(digits) : String(x));

/**
 * Contract workloads for Chromium, with the directives crate/benches/report/workloads.rs reads:
 * `// hosts:` (must name chromium), `// quick`, `// sweep: VAR=a,b` (one result `<name>@a` per
 * value, VAR in the guest's env; UV_THREADPOOL_SIZE also sizes the pool). Bare twins excluded.
 */
function workloads() {
  if (!fs.existsSync(WORKLOADS)) return [];
  const out = [];
  for (const file of fs.readdirSync(WORKLOADS).sort()) {
    if (!file.endsWith('.js') || file.endsWith('.bare.js')) continue;
    const script = path.join(WORKLOADS, file);
    const source = fs.readFileSync(script, 'utf8');
    const header = source.split('\n').map((l) => l.trim()).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('//')))
      .map((l) => l.replace(/^\/+\s*/, ''));
    const hosts = header.find((l) => l.startsWith('hosts:'));
    if (!hosts || !hosts.slice(6).trim().split(/\s+/).includes('chromium')) continue;
    if (QUICK && !header.includes('quick')) continue;
    const name = file.slice(0, -3);
    const sweep = header.find((l) => l.startsWith('sweep:'));
    const variants = [];
    if (sweep) {
      const [variable, values] = sweep.slice(6).trim().split('=');
      for (const v of values.split(',').map((x) => x.trim())) variants.push([`${name}@${v}`, { [variable.trim()]: v }]);
    } else variants.push([name, {}]);
    out.push({ name, script, source, variants, files: fixtures(source, script) });
  }
  return out;
}

/**
 * Files a workload reads from outside its scratch directory, copied into the VFS at the same
 * absolute paths: the packages it requires from a node_modules (package.json and main file).
 */
function fixtures(source, script) {
  const files = {};
  for (const m of source.matchAll(/['"`]([^'"`]*node_modules\/([\w.@-]+))['"`]/g)) {
    const dir = path.resolve(path.dirname(script), m[1]);
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    files[manifest] = fs.readFileSync(manifest, 'utf8');
    const main = path.resolve(dir, JSON.parse(files[manifest]).main ?? 'index.js');
    for (const candidate of [main, `${main}.js`, path.join(main, 'index.js')]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) { files[candidate] = fs.readFileSync(candidate, 'utf8'); break; }
    }
  }
  return files;
}

/** Raw, gzip -9 and brotli q11 sizes of the package's .wasm. */
function wasmSizes() {
  const dir = path.join(ROOT, PKG);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.wasm'));
  const bytes = fs.readFileSync(path.join(dir, file));
  return {
    file: path.relative(ROOT, path.join(dir, file)),
    raw_bytes: bytes.length,
    gzip_bytes: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli_bytes: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
// --no-early-compile: the page leaves fetching and compiling the wasm to preload() (as before
// session 9; packages of then take only a URL).
const benchUrl = `${base}/www/bench.html?pkg=${encodeURIComponent(PKG)}${argv.includes('--no-early-compile') ? '&early=0' : ''}`;
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ...(option('js-flags', '') ? [`--js-flags=${option('js-flags', '')}`] : [])],
};
const browser = await chromium.launch(LAUNCH);

async function openBench(context) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
  await page.goto(benchUrl);
  await page.waitForSelector('body[data-ready]', { timeout: 120000 });
  const state = await page.evaluate(() => document.body.dataset.ready);
  if (state !== 'true') throw new Error(`bench page failed: ${await page.textContent('#status')}`);
  return page;
}

const results = {};
function save() {
  extra.load_average_at_end = os.loadavg();
  const report = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: `${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
    results,
    extra,
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
}
const extra = { package: PKG, chromium: browser.version(), runs_per_figure: RUNS, load_average_at_start: os.loadavg() };
try {
  if (ONLY.has('size')) {
    extra.wasm_size = wasmSizes();
    const s = extra.wasm_size;
    console.log(`wasm size: raw ${s.raw_bytes}, gzip ${s.gzip_bytes}, brotli ${s.brotli_bytes} (target ≤ 1.5 MB brotli)`);
  }

  if (ONLY.has('cold')) {
    // Each repetition: a fresh profile (empty HTTP and code caches) loads the page, then loads it
    // twice more. NOTE: a persistent profile, not browser.newContext(): an incognito context keeps
    // its HTTP cache in memory, where an entry over ~1.25 MB (the .wasm) is never stored.
    const uncached = []; const cached = []; const cached3 = []; const detail = [];
    for (let i = 0; i < COLD_REPS; i++) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-bench-profile-'));
      const context = await chromium.launchPersistentContext(profile, LAUNCH);
      const page = context.pages()[0] ?? await context.newPage();
      const loads = [];
      for (let k = 0; k < 3; k++) {
        await page.goto(benchUrl);
        await page.waitForSelector('body[data-ready]', { timeout: 120000 });
        loads.push(await page.evaluate(() => window.bench.cold));
        await page.waitForTimeout(CACHE_WAIT_MS); // let Chromium write its code cache
      }
      uncached.push(loads[0].first_stdout_ms); cached.push(loads[1].first_stdout_ms); cached3.push(loads[2].first_stdout_ms);
      detail.push(loads);
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
    extra.cold_start = {
      uncached_ms: median(uncached), cached_ms: median(cached), cached_third_load_ms: median(cached3),
      uncached_runs: uncached, cached_runs: cached, cached_third_load_runs: cached3, detail,
    };
    console.log(`cold start to first stdout: uncached ${fmt(median(uncached))} ms, cached ${fmt(median(cached))} ms ` +
      `(third load ${fmt(median(cached3))} ms; target ≤ 150 ms cached)`);
    // Where a cached load's time goes: the package import, the wasm's compile and instantiation
    // (from the code cache), the runtime's creation (its bootstrap), the run to the first stdout.
    const part = (k, a, b) => median(detail.map((loads) => loads[k][b] - (a ? loads[k][a] : 0)));
    for (const [k, label] of [[1, 'second load'], [2, 'third load']]) {
      console.log(`  ${label}: import ${fmt(part(k, null, 'package_imported_ms'))} ms, wasm ` +
        `${fmt(part(k, 'package_imported_ms', 'wasm_instantiated_ms'))} ms, runtime creation ` +
        `${fmt(part(k, 'wasm_instantiated_ms', 'runtime_created_ms'))} ms, run ` +
        `${fmt(part(k, 'runtime_created_ms', 'first_stdout_ms'))} ms; restored from a heap snapshot in ` +
        `${detail.filter((loads) => loads[k].heap_snapshot_restored).length} of ${detail.length}`);
    }
  }

  const context = await browser.newContext();
  const page = await openBench(context);

  if (ONLY.has('workloads')) {
    for (const w of workloads()) {
      for (const [variant, env] of w.variants) {
        const options = { entry: w.script, env, files: w.files };
        if (env.UV_THREADPOOL_SIZE) options.poolSize = Number(env.UV_THREADPOOL_SIZE);
        const r = await page.evaluate(({ name, source, runs, options }) => window.bench.runWorkload(name, source, runs, options),
          { name: w.name, source: w.source, runs: RUNS, options });
        results[variant] = { chromium: r.skipped ? { skipped: true } : { median_ms: r.median_ms, runs: r.runs } };
        if (r.failures.length) results[variant].chromium.error = `${r.failures.length} runs failed: ${JSON.stringify(r.failures[0])}`;
        save(); // a long run keeps what it has measured so far
        console.log(`workload ${variant}: ${r.skipped ? 'skipped' : `median ${fmt(r.median_ms)} ms`}${r.failures.length ? ` (${results[variant].chromium.error})` : ''}`);
      }
    }
  }

  if (ONLY.has('snippets')) {
    const names = ['fib25', 'loop1e6', 'alloc1e5', 'setImmediate1e5'];
    extra.snippets = await page.evaluate(({ names, runs }) => window.bench.runSnippets(names, runs), { names, runs: RUNS });
    for (const [name, r] of Object.entries(extra.snippets)) console.log(`snippet ${name}: median ${fmt(r.median_ms)} ms`);
  }

  if (ONLY.has('callbacks')) {
    extra.callbacks_per_second = await page.evaluate((runs) => window.bench.callbacksPerSecond(runs), RUNS);
    for (const [kind, r] of Object.entries(extra.callbacks_per_second)) console.log(`callbacks/s ${kind}: ${r.per_second}`);
  }

  if (ONLY.has('longtask')) {
    const reps = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) reps.push(await page.evaluate(() => window.bench.longestTask()));
    const worst = (key) => Math.max(...reps.map((r) => r[key]));
    extra.longest_task = {
      longest_slice_ms: worst('longest_slice_ms'),
      longest_slice_after_first_ms: worst('longest_slice_after_first_ms'),
      longest_gap_during_run_ms: worst('longest_gap_during_run_ms'),
      longest_gap_including_create_ms: worst('longest_gap_including_create_ms'),
      runtime_create_ms: median(reps.map((r) => r.runtime_create_ms)),
      longtasks_over_50ms: reps.flatMap((r) => r.longtasks_over_50ms),
      reps,
    };
    const l = extra.longest_task;
    console.log(`longest task while awaiting timers: slice ${fmt(l.longest_slice_ms)} ms (after the first: ` +
      `${fmt(l.longest_slice_after_first_ms)} ms), heartbeat gap ${fmt(l.longest_gap_during_run_ms)} ms; ` +
      `runtime creation ${fmt(l.runtime_create_ms)} ms (longest heartbeat gap with it: ` +
      `${fmt(l.longest_gap_including_create_ms)} ms); longtask entries ${l.longtasks_over_50ms.length} (target: none over 16 ms)`);
  }

  if (ONLY.has('pool')) {
    const runs = QUICK ? 1 : 3;
    const jobs = 8; const iterations = QUICK ? 20000 : 100000;
    extra.pool = {
      guest_pbkdf2: { jobs, iterations, by_workers: await page.evaluate((o) => window.bench.poolSpeedup(o), { jobs, iterations, runs }) },
      api_busyhash: { jobs, by_workers: await page.evaluate((o) => window.bench.apiPoolSpeedup(o), { jobs, runs }) },
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
    };
    for (const [label, r] of Object.entries({ 'guest pbkdf2': extra.pool.guest_pbkdf2.by_workers, 'api BusyHash': extra.pool.api_busyhash.by_workers })) {
      console.log(`pool (${label}): ${Object.entries(r).map(([n, x]) => `${n}w ${fmt(x.median_ms, 0)} ms ×${fmt(x.speedup, 2)}`).join(', ')}`);
    }
    const w = extra.pool.guest_pbkdf2.by_workers;
    console.log(`  guest wake-up latency (worker reply → next slice): median ${Object.values(w).map((x) => fmt(x.wake_latency_median_ms, 2)).join('/')} ms, ` +
      `max ${Object.values(w).map((x) => fmt(x.wake_latency_max_ms, 1)).join('/')} ms`);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}

save();
console.log(`wrote ${path.relative(ROOT, OUT)}`);
