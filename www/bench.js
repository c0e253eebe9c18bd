// The browser benchmark page's measurements (www/bench.html). On load it times its own cold start
// (navigation to the guest's first stdout, in performance.timeOrigin-relative ms); then
// window.bench offers the rest: contract workloads run from the VFS, callbacks per second, the
// longest main-thread task while a guest awaits timers, and the Web Worker pool's speedup.
// tests/browser/bench.mjs drives it and writes target/bench/chromium.json.
//
// How and why: every figure that a guest can time itself is timed inside the guest with
// performance.now() (so the page's driver overhead is included, but not runtime creation);
// figures about the page's thread (cold start, task lengths, pool wake-ups) are taken on the page.

const params = new URLSearchParams(location.search);
const PKG = new URL(params.get('pkg') ?? '/pkg/', location.href).href;
const log = (line) => { document.getElementById('log').textContent += `${line}\n`; };
const setStatus = (text) => { document.getElementById('status').textContent = text; };

// ----- cold start: the very first thing the page does -----

async function measureColdStart() {
  const scriptStart = performance.now();
  const api = await import(new URL('index.js', PKG).href);
  const imported = performance.now();
  await api.preload(window.nodeboaWasm, { heapSnapshot: window.nodeboaHeap ?? true });
  const instantiated = performance.now();
  let firstStdout = null;
  const rt = await api.createRuntime({
    files: { '/home/user/main.js': "console.log('hello from nodeboa');" },
    stdout: () => { firstStdout ??= performance.now(); },
  });
  const created = performance.now();
  const code = await rt.run('main.js');
  const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
  // The heap snapshot this load took (if any) is saved before the figures are handed over, so
  // that the next load can restore it (packages before session 11 have none).
  const snapshot = api.heapSnapshotInfo?.();
  await snapshot?.saved;
  return {
    api,
    figures: {
      first_stdout_ms: firstStdout,
      script_start_ms: scriptStart,
      package_imported_ms: imported,
      // The wasm fetched, compiled and instantiated (from Chromium's code cache when cached).
      wasm_instantiated_ms: instantiated,
      // When the <head>'s early compile finished (null without it: ?early=0).
      wasm_compiled_ms: window.nodeboaWasmCompiledAt ?? null,
      runtime_created_ms: created,
      exit_code: code,
      // The instance was restored from the heap snapshot of an earlier load, not booted.
      heap_snapshot_restored: snapshot?.restored ?? null,
      heap_snapshot_bytes: snapshot?.bytes ?? null,
      // 0 (or a few hundred header bytes on a 304) when the wasm came from the HTTP cache.
      wasm_transfer_bytes: wasm ? wasm.transferSize : null,
      wasm_fetch_ms: wasm ? wasm.responseEnd - wasm.startTime : null,
    },
  };
}

const cold = measureColdStart();

// ----- running guests -----

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

/**
 * Run `source` as the file `entry` (absolute, or relative to `cwd`) in a fresh runtime, with
 * `files` ({ path: contents }) in its VFS; stdout, stderr, exit code and wall ms.
 */
async function runGuest(source, {
  entry = 'main.js', cwd = '/home/user', argv = [], env = {}, poolSize, onLoopEvent, files = {},
  timeoutMs = 300000,
} = {}) {
  const { api } = await cold;
  let stdout = '';
  let stderr = '';
  const path = entry.startsWith('/') ? entry : `${cwd}/${entry}`;
  const rt = await api.createRuntime({
    files: { ...files, [path]: source },
    cwd, argv, env, poolSize, onLoopEvent,
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
  });
  if (!rt.exists(cwd)) rt.mkdir(cwd, { recursive: true });
  const started = performance.now();
  let timer;
  const code = await Promise.race([
    rt.run(path),
    new Promise((resolve) => { timer = setTimeout(() => { rt.stop(); resolve('timeout'); }, timeoutMs); }),
  ]);
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  rt.free?.(); // the page's one wasm instance holds every runtime: release this one's heap
  return { stdout, stderr, code, wall_ms: wallMs };
}

/** The `BENCH <name> <ms|skipped>` reading of a guest's last stdout line, or null. */
function benchLine(stdout) {
  const lines = stdout.trimEnd().split('\n');
  const m = /^BENCH (\S+) (skipped|-?[\d.]+(?:e[-+]?\d+)?)$/i.exec(lines[lines.length - 1] ?? '');
  if (!m) return null;
  return m[2] === 'skipped' ? { name: m[1], skipped: true } : { name: m[1], ms: Number(m[2]) };
}

/**
 * Run a contract workload `runs` times, as the native runner does: a fresh runtime each time,
 * the script at `options.entry`, a fresh scratch directory as cwd and argv[2].
 */
async function runWorkload(name, source, runs = 5, options = {}) {
  const ms = [];
  const failures = [];
  for (let i = 0; i < runs; i++) {
    setStatus(`${name}: run ${i + 1}/${runs}`);
    const scratch = `/tmp/nodeboa-bench-${i}`;
    const r = await runGuest(source, { entry: `${name}.js`, cwd: scratch, argv: [scratch], ...options });
    const b = benchLine(r.stdout);
    if (r.code === 0 && b?.skipped) return { skipped: true, median_ms: null, runs: [], failures };
    if (r.code === 0 && b) ms.push(b.ms);
    else failures.push({ code: r.code, stdout: r.stdout.slice(-300), stderr: r.stderr.slice(-600) });
  }
  log(`${name}: ${ms.map((x) => x.toFixed(1)).join(' ')}${failures.length ? ` (${failures.length} failed)` : ''}`);
  return { median_ms: median(ms), runs: ms, failures };
}

// ----- small engine-and-loop snippets (for the build profile comparison and callbacks/s) -----

const SNIPPETS = {
  fib25: `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const t0 = performance.now(); fib(25); console.log('BENCH fib25', performance.now() - t0);`,
  loop1e6: `const t0 = performance.now(); let s = 0; for (let i = 0; i < 1e6; i++) s += i & 7;
console.log('BENCH loop1e6', performance.now() - t0);`,
  alloc1e5: `const t0 = performance.now(); const keep = []; for (let i = 0; i < 1e5; i++) keep.push({ i, s: 'x' + i });
console.log('BENCH alloc1e5', performance.now() - t0);`,
  setImmediate1e5: `const N = 1e5; let i = 0; const t0 = performance.now();
function step() { if (++i < N) setImmediate(step); else console.log('BENCH setImmediate1e5', performance.now() - t0); }
setImmediate(step);`,
  nextTick1e5: `const N = 1e5; let i = 0; const t0 = performance.now();
function step() { if (++i < N) process.nextTick(step); else console.log('BENCH nextTick1e5', performance.now() - t0); }
process.nextTick(step);`,
  promise1e5: `const N = 1e5; let i = 0; const t0 = performance.now();
function step() { if (++i < N) return Promise.resolve().then(step); console.log('BENCH promise1e5', performance.now() - t0); }
Promise.resolve().then(step);`,
};

async function runSnippets(names, runs = 5) {
  const out = {};
  for (const name of names) out[name] = await runWorkload(name, SNIPPETS[name], runs);
  return out;
}

/** Chained callbacks per second for setImmediate, process.nextTick and promise hops (1e5 each). */
async function callbacksPerSecond(runs = 5) {
  const out = {};
  for (const [kind, name] of [['setImmediate', 'setImmediate1e5'], ['nextTick', 'nextTick1e5'], ['promise', 'promise1e5']]) {
    const r = await runWorkload(name, SNIPPETS[name], runs);
    out[kind] = { per_second: r.median_ms ? Math.round(1e5 / (r.median_ms / 1000)) : null, median_ms: r.median_ms, runs: r.runs };
  }
  return out;
}

// ----- the longest main-thread task while a guest awaits timers -----

const TIMER_GUEST = `// Awaits timers: an interval doing a little work each tick, and staggered timeouts.
let n = 0;
const t = setInterval(() => { JSON.stringify({ n, list: [1, 2, 3], s: 'x'.repeat(50) }); if (++n === 100) clearInterval(t); }, 2);
for (let i = 1; i <= 20; i++) setTimeout(() => { [3, 1, 2].sort(); }, i * 10);
setTimeout(() => console.log('done', n), 260);`;

async function longestTask() {
  const { api } = await cold;
  // A MessageChannel heartbeat: the gap between two beats bounds the longest task between them.
  const channel = new MessageChannel();
  let last = performance.now();
  let beating = true;
  const gaps = [];
  channel.port1.onmessage = () => {
    const now = performance.now();
    gaps.push([last, now]);
    last = now;
    if (beating) channel.port2.postMessage(null);
  };
  const longtasks = [];
  let observer = null;
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longtasks.push([e.startTime, e.duration]); });
    observer.observe({ type: 'longtask', buffered: false });
  }
  channel.port2.postMessage(null);
  await new Promise((r) => setTimeout(r, 50));
  const slices = [];
  const t0 = performance.now();
  let stdout = '';
  const rt = await api.createRuntime({
    files: { '/home/user/timers.js': TIMER_GUEST },
    stdout: (t) => { stdout += t; },
    onLoopEvent: (e) => { if (e.type === 'slice') slices.push(e.ms); },
  });
  const created = performance.now();
  const code = await rt.run('timers.js');
  const t1 = performance.now();
  await new Promise((r) => setTimeout(r, 50));
  beating = false;
  observer?.disconnect();
  // The longest gap between two beats overlapping [from, to]; `startingIn` counts only gaps that
  // began inside it (one that began before `from` belongs to the task that ended there: runtime
  // creation, for the "during run" figure).
  const longest = (list) => Math.max(0, ...list.map(([a, b]) => b - a));
  const gap = (from, to) => longest(gaps.filter(([a, b]) => b > from && a < to));
  const startingIn = (from, to) => longest(gaps.filter(([a]) => a >= from && a < to));
  return {
    exit_code: code,
    stdout,
    runtime_create_ms: created - t0,
    slices: slices.length,
    longest_slice_ms: Math.max(...slices),
    // The first slice runs the main script's first turn (its compile included).
    longest_slice_after_first_ms: Math.max(0, ...slices.slice(1)),
    longest_gap_during_run_ms: startingIn(created, t1),
    longest_gap_including_create_ms: gap(t0, t1),
    longtasks_over_50ms: longtasks.filter(([s]) => s >= t0 && s <= t1).map(([s, d]) => ({ start: s - t0, ms: d })),
  };
}

// ----- the thread pool's speedup -----

const POOL_GUEST = `// A fixed batch of pbkdf2 jobs on the pool; warms each worker with a tiny job first.
const crypto = require('crypto');
const [jobs, iterations, size] = process.argv.slice(2).map(Number);
let warm = 0;
for (let i = 0; i < size; i++) crypto.pbkdf2('w', 's', 1, 32, 'sha256', () => { if (++warm === size) go(); });
function go() {
  const t0 = performance.now();
  let done = 0;
  for (let i = 0; i < jobs; i++) {
    crypto.pbkdf2('password' + i, 'salt', iterations, 32, 'sha256', (err) => {
      if (err) throw err;
      if (++done === jobs) console.log('BENCH pool', performance.now() - t0);
    });
  }
}`;

/** pbkdf2 jobs from a guest, timed per pool size; with the page-side wake-up latency. */
async function poolSpeedup({ sizes = [1, 2, 3, 4], jobs = 8, iterations = 100000, runs = 3 } = {}) {
  const out = {};
  // One untimed run first: V8 tiers the wasm up (Liftoff, then TurboFan in the background) while
  // it runs, and the compiled code is shared by every worker of the module. Without it the first
  // size measured (1 worker) pays for that compilation and the speedups come out above 2× on two
  // cores.
  setStatus('pool: warm-up');
  const last = sizes[sizes.length - 1];
  await runGuest(POOL_GUEST, { entry: 'pool.js', argv: [String(jobs), String(iterations), String(last)], poolSize: last, env: { UV_THREADPOOL_SIZE: String(last) } });
  for (const size of sizes) {
    const ms = [];
    const latencies = [];
    for (let i = 0; i < runs; i++) {
      setStatus(`pool ${size}: run ${i + 1}/${runs}`);
      const events = [];
      const r = await runGuest(POOL_GUEST, {
        entry: 'pool.js', argv: [String(jobs), String(iterations), String(size)], poolSize: size,
        env: { UV_THREADPOOL_SIZE: String(size) },
        onLoopEvent: (e) => events.push(e),
      });
      const b = benchLine(r.stdout);
      if (r.code === 0 && b) ms.push(b.ms);
      else log(`pool ${size} failed: ${r.code} ${r.stderr.slice(-300)}`);
      // Wake-up latency: a worker's reply reaching the page (worker-end), to the start of the
      // next slice (which runs the guest's callback).
      const slices = events.filter((e) => e.type === 'slice');
      for (const end of events.filter((e) => e.type === 'worker-end')) {
        const next = slices.find((e) => e.time >= end.time);
        if (next) latencies.push(next.time - end.time);
      }
    }
    out[size] = { median_ms: median(ms), runs: ms, wake_latency_median_ms: median(latencies), wake_latency_max_ms: Math.max(0, ...latencies) };
    log(`pool ${size}: ${ms.map((x) => x.toFixed(0)).join(' ')} ms`);
  }
  const base = out[sizes[0]]?.median_ms;
  for (const size of sizes) out[size].speedup = base && out[size].median_ms ? base / out[size].median_ms : null;
  return out;
}

/** The same measurement through the embed API's pool (BusyHash jobs), with no guest or loop. */
async function apiPoolSpeedup({ sizes = [1, 2, 3, 4], jobs = 8, rounds = 8, runs = 3 } = {}) {
  const { api } = await cold;
  const data = new Uint8Array(1 << 20).map((_, i) => i & 255);
  const out = {};
  // Untimed warm-up, as in poolSpeedup.
  const warm = await api.createPool(sizes[sizes.length - 1]);
  await Promise.all(Array.from({ length: jobs }, () => warm.run(api.PoolJobKind.BusyHash, api.busyHashPayload(data, rounds))));
  warm.terminate();
  for (const size of sizes) {
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const pool = await api.createPool(size);
      await Promise.all(Array.from({ length: size }, () => pool.run(api.PoolJobKind.SumBytes, new Uint8Array(4))));
      const t0 = performance.now();
      await Promise.all(Array.from({ length: jobs }, () => pool.run(api.PoolJobKind.BusyHash, api.busyHashPayload(data, rounds))));
      ms.push(performance.now() - t0);
      pool.terminate();
    }
    out[size] = { median_ms: median(ms), runs: ms };
  }
  const base = out[sizes[0]]?.median_ms;
  for (const size of sizes) out[size].speedup = base && out[size].median_ms ? base / out[size].median_ms : null;
  return out;
}

window.bench = {
  cold: cold.then((c) => c.figures),
  runGuest, runWorkload, runSnippets, callbacksPerSecond, longestTask, poolSpeedup, apiPoolSpeedup,
  snippets: Object.keys(SNIPPETS),
};
cold.then((c) => {
  setStatus('ready');
  log(`cold start: first stdout at ${c.figures.first_stdout_ms.toFixed(1)} ms after navigation`);
  document.body.dataset.ready = 'true';
}, (error) => {
  setStatus(`failed: ${error.message}`);
  document.body.dataset.ready = 'error';
});
