// nodeboa's tests in headless Chromium (playwright-core, Debian /usr/bin/chromium): the
// playground runs an example, trap recovery, a page without COOP/COEP, the Web Worker pool,
// guest crypto on the pool, UV_THREADPOOL_SIZE and FIFO order, the loop-event stream, the VFS
// API, free() and several runtimes in one page, a Vite-built app (vite-app/), and the
// differential suites through the npm package. Exit code 0 when all pass.
// Usage: node tests/browser/run.mjs [suite ...]   (default: every suite of tests/differential; `none` for no suite)
// NODEBOA_WASM_PROFILE=dev (set by scripts/test-browser.sh --dev) lowers the pbkdf2 iteration
// count: a dev build runs KDFs unoptimized, 200 000 iterations take seconds per job there.
import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { buildViteApp } from './vite-app/build.mjs';
import { cases, directives, hostCommand, knownFailures, treeUnder, runInPage } from './differential_cases.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIFF = path.join(ROOT, 'tests/differential');
const SUITES = (process.argv.slice(2).length ? process.argv.slice(2)
  : fs.readdirSync(DIFF).filter((s) => fs.statSync(path.join(DIFF, s)).isDirectory()).sort()).filter((s) => s !== 'none');
const results = [];
let lastRecord = Date.now();
function record(name, ok, detail = '') {
  results.push({ name, ok });
  const seconds = ((Date.now() - lastRecord) / 1000).toFixed(1);
  lastRecord = Date.now();
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''} [${seconds} s]`);
}

function runHost(program, script, cwd, d) {
  const [cmd, argv] = hostCommand(program, script, d.args, d.stdin != null);
  const r = spawnSync(cmd, argv, {
    cwd, env: { ...process.env, ...d.env }, input: d.stdin ?? '', timeout: 10000, encoding: 'utf8',
  });
  return { stdout: r.stdout ?? '', code: r.status };
}
// runHost without blocking: the suites run node for the next cases while the page runs the
// current one. At most HOST_JOBS host processes at a time.
const HOST_JOBS = 2;
let hostRunning = 0;
const hostWaiting = [];
function runHostAsync(program, script, cwd, d) {
  return new Promise((resolve) => {
    const go = () => {
      hostRunning += 1;
      const [cmd, argv] = hostCommand(program, script, d.args, d.stdin != null);
      const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...d.env } });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (t) => { stdout += t; });
      child.stderr.resume();
      child.stdin.on('error', () => {});
      child.stdin.end(d.stdin ?? '');
      // Generous: on a loaded machine a debug build takes seconds to start; a hang is rare.
      const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
      child.on('close', (code) => {
        clearTimeout(timer);
        hostRunning -= 1;
        hostWaiting.shift()?.();
        resolve({ stdout, code });
      });
    };
    if (hostRunning < HOST_JOBS) go(); else hostWaiting.push(go);
  });
}
// Where a case's stdout first differs, for the mismatch line: one line of each, quoted.
function firstDifference(expected, got) {
  if (expected === got) return '';
  const want = expected.split('\n');
  const have = got.split('\n');
  let line = 0;
  while (want[line] === have[line]) line += 1;
  return `; stdout line ${line + 1}: expected ${JSON.stringify(want[line] ?? '(end)')}, got ${JSON.stringify(have[line] ?? '(end)')}`;
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
  // --expose-gc: the free() test checks that freed runtimes' instances are collected.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
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
    // NOTE: a main-script setTimeout(0) and setImmediate race in node itself (the order depends
    // on how long the loop took to start), so the page's output must match one of node's runs.
    const seen = new Set();
    for (let i = 0; i < 5 && !seen.has(shown); i++) seen.add(runHost('node', tmp, path.dirname(tmp), directives('')).stdout);
    const ok = seen.has(shown);
    record('playground runs the first example', ok, ok ? '' : JSON.stringify({ shown, node: [...seen] }));
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

  // 3b. Heap snapshots (www/lib/snapshot.js): a page's first runtime is snapshotted once booted,
  // and the next page load restores that runtime instead of booting one; the restored runtime
  // takes its own options (argv, env, cwd, files) and its own randomness and clock.
  {
    const context = await browser.newContext();
    const snapPage = await context.newPage();
    snapPage.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
    const program = 'console.log(JSON.stringify({ argv: process.argv.slice(1), cwd: process.cwd(), who: process.env.WHO, ' +
      'paths: require("module").globalPaths, files: require("fs").readdirSync("."), up: process.uptime() < 30, ' +
      'now: Math.abs(Date.now() - TIME) < 60000, random: Math.random() }));' +
      'setTimeout(() => console.log("timer", process.hrtime()[0] < 30), 5);';
    const load = async (who) => {
      await snapPage.goto(`${base}/tests/browser/harness.html`);
      await snapPage.waitForFunction(() => window.harnessReady === true, null, { timeout: 30000 });
      return snapPage.evaluate(async ({ program, who }) => {
        const { createRuntime, heapSnapshotInfo } = window.nodeboa;
        let out = '';
        const rt = await createRuntime({
          cwd: `/w/${who}`, argv: [who], env: { WHO: who, HOME: '/h' }, files: { [`/w/${who}/${who}.txt`]: who },
          stdout: (t) => { out += t; },
        });
        const code = await rt.runSnippet(program.replace('TIME', String(Date.now())));
        const info = heapSnapshotInfo();
        await info.saved;
        const [json, timer] = out.split('\n');
        return { code, got: JSON.parse(json), timer, bytes: info.bytes, restored: info.restored };
      }, { program, who });
    };
    const first = await load('one');
    const second = await load('two');
    const expect = (who) => ({ argv: [who], cwd: `/w/${who}`, who, paths: ['/h/.node_modules', '/h/.node_libraries', '/usr/local/lib/node'],
      files: [`${who}.txt`], up: true, now: true });
    const same = (r, who) => r.code === 0 && r.timer === 'timer true' &&
      JSON.stringify({ ...r.got, random: undefined }) === JSON.stringify({ ...expect(who), random: undefined });
    const ok = !first.restored && first.bytes > 0 && second.restored && same(first, 'one') && same(second, 'two') &&
      first.got.random !== second.got.random;
    record('heap snapshot: the next page load restores a booted runtime', ok, JSON.stringify({ first, second }));
    await context.close();
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
      // Payloads are transferred, not copied: the posted buffer is detached. A view into a larger
      // buffer is copied first, so its owner keeps its bytes.
      const pool = await createPool(1);
      const payload = busyHashPayload(data, 1);
      const whole = pool.run(PoolJobKind.SumBytes, payload);
      const big = new Uint8Array(64).fill(1);
      const view = pool.run(PoolJobKind.SumBytes, big.subarray(8, 16));
      const transferred = payload.buffer.byteLength === 0 && big.buffer.byteLength === 64;
      const sums = (await Promise.all([whole, view])).map((r) => new DataView(r.buffer).getUint32(0, true));
      pool.terminate();
      // Parallelism, asserted by structure rather than by timing: with 2 workers some jobs' run
      // intervals overlap; with 1 they never do.
      const overlaps = (spans) => spans.some((a, i) => spans.some((b, j) => i < j && a[0] < b[1] && b[0] < a[1]));
      return {
        one: one.ms, two: two.ms, same: one.digest === two.digest, cores: navigator.hardwareConcurrency,
        parallelWithTwo: overlaps(two.spans), serialWithOne: !overlaps(one.spans), transferred, viewSum: sums[1],
      };
    });
    // NOTE: the speedup is reported, never asserted (timings are for benchmarks, not tests).
    const speedup = r.one / r.two;
    const ok = r.same && r.serialWithOne && (r.cores < 2 || r.parallelWithTwo) && r.transferred && r.viewSum === 8;
    record('pool runs jobs in parallel on 2 workers; payloads transferred', ok,
      `overlap with 2: ${r.parallelWithTwo}, none with 1: ${r.serialWithOne}, transferred: ${r.transferred}; 1 worker ${r.one.toFixed(0)} ms, 2 workers ${r.two.toFixed(0)} ms, ×${speedup.toFixed(2)}`);
  }

  // 5. Guest crypto runs on the Web Worker pool: 4 × crypto.pbkdf2 give node's keys, the jobs
  // ran on several workers at once, each completion ran in the poll phase, and the page kept
  // running its own tasks meanwhile.
  {
    const iterations = process.env.NODEBOA_WASM_PROFILE === 'dev' ? 50000 : 200000;
    const source = `const crypto = require('crypto');
const keys = []; let done = 0;
for (let i = 0; i < 4; i++) {
  crypto.pbkdf2('password' + i, 'salt', ${iterations}, 32, 'sha256', (err, key) => {
    if (err) throw err;
    keys[i] = key.toString('hex');
    if (++done === 4) keys.forEach((k, j) => console.log(j, k));
  });
}
console.log('submitted');`;
    const tmp = path.join(fs.mkdtempSync('/tmp/nodeboa-pbkdf2-'), 'main.js');
    fs.writeFileSync(tmp, source);
    const expected = runHost('node', tmp, path.dirname(tmp), directives('')).stdout;
    const r = await page.evaluate(async (source) => {
      let stdout = '';
      const events = [];
      // The page's own work: a task chain that must keep running while the jobs do.
      const ticks = [];
      let ticking = true;
      const tick = () => { ticks.push(performance.now()); if (ticking) setTimeout(tick, 0); };
      tick();
      const rt = await window.nodeboa.createRuntime({
        files: { '/home/user/main.js': source }, stdout: (t) => { stdout += t; }, onLoopEvent: (e) => events.push(e),
      });
      const code = await rt.run('main.js');
      ticking = false;
      rt.free();
      const starts = events.filter((e) => e.type === 'worker-start');
      const ends = events.filter((e) => e.type === 'worker-end');
      const spans = ends.map((e) => [e.start, e.end]);
      const overlapping = spans.some((a, i) => spans.some((b, j) => i < j && a[0] < b[1] && b[0] < a[1]));
      // Each completion is taken in poll: the last phase event before it says so.
      let phase = null;
      const endPhases = [];
      for (const e of events) {
        if (e.type === 'phase') phase = e.phase;
        if (e.type === 'pool-job-end') endPhases.push(phase);
      }
      const first = Math.min(...starts.map((e) => e.time));
      const last = Math.max(...ends.map((e) => e.end));
      const during = ticks.filter((t) => t > first && t < last);
      let maxGap = 0;
      for (let i = 1; i < during.length; i++) maxGap = Math.max(maxGap, during[i] - during[i - 1]);
      return {
        code, stdout, workers: new Set(starts.map((e) => e.worker)).size, starts: starts.length, ends: ends.length,
        kinds: [...new Set(starts.map((e) => e.kind))], overlapping, endPhases,
        submitted: events.filter((e) => e.type === 'pool-job-start').length,
        ticksDuring: during.length, maxGap, jobsMs: last - first, cores: navigator.hardwareConcurrency,
      };
    }, source);
    const ok = r.code === 0 && r.stdout === expected && r.starts === 4 && r.ends === 4 && r.submitted === 4 &&
      r.workers === 4 && (r.cores < 2 || r.overlapping) && r.endPhases.length === 4 &&
      r.endPhases.every((p) => p === 'poll') && r.ticksDuring >= 3;
    // NOTE: the tick gap is reported, never asserted (timings are for benchmarks, not tests).
    record(`guest crypto.pbkdf2 ×4 (${iterations} iterations) runs on the worker pool, page responsive`, ok,
      ok ? `${r.workers} workers, overlapping: ${r.overlapping}; ${r.ticksDuring} page ticks during ${r.jobsMs.toFixed(0)} ms of jobs, largest gap ${r.maxGap.toFixed(1)} ms`
        : JSON.stringify({ ...r, expected }));
  }

  // 6. UV_THREADPOOL_SIZE sizes the pool (libuv's parsing); one worker runs jobs in FIFO order.
  {
    const r = await page.evaluate(async () => {
      const { createRuntime } = window.nodeboa;
      const sizes = {};
      for (const [name, env] of [['default', {}], ['2', { UV_THREADPOOL_SIZE: '2' }], ['0', { UV_THREADPOOL_SIZE: '0' }],
        ['5000', { UV_THREADPOOL_SIZE: '5000' }]]) {
        const rt = await createRuntime({ env });
        sizes[name] = rt.poolSize;
        rt.free();
      }
      let stdout = '';
      const events = [];
      const rt = await createRuntime({
        env: { UV_THREADPOOL_SIZE: '1' }, stdout: (t) => { stdout += t; }, onLoopEvent: (e) => events.push(e),
      });
      const code = await rt.runSnippet(`const crypto = require('crypto');
const order = [];
for (let i = 0; i < 6; i++) crypto.pbkdf2('p', 's' + i, 3000, 16, 'sha1', () => order.push(i));
crypto.scrypt('p', 's', 16, () => order.push('scrypt'));
crypto.hkdf('sha256', 'key', 'salt', 'info', 16, () => order.push('hkdf'));
process.on('exit', () => console.log(process.env.UV_THREADPOOL_SIZE, order.join(' ')));`);
      rt.free();
      const starts = events.filter((e) => e.type === 'worker-start');
      const spans = events.filter((e) => e.type === 'worker-end').map((e) => [e.start, e.end]);
      return {
        sizes, code, stdout, workers: [...new Set(starts.map((e) => e.worker))], startIds: starts.map((e) => e.id),
        overlapping: spans.some((a, i) => spans.some((b, j) => i < j && a[0] < b[1] && b[0] < a[1])),
      };
    });
    const fifo = r.startIds.length === 8 && r.startIds.every((id, i) => i === 0 || id > r.startIds[i - 1]);
    const ok = r.sizes.default === 4 && r.sizes['2'] === 2 && r.sizes['0'] === 1 && r.sizes['5000'] === 1024 &&
      r.code === 0 && r.stdout === '1 0 1 2 3 4 5 scrypt hkdf\n' && r.workers.length === 1 && fifo && !r.overlapping;
    record('UV_THREADPOOL_SIZE sizes the pool; one worker runs jobs FIFO', ok, JSON.stringify(r));
  }

  // 7. The loop-event stream: phases in libuv's order with queue sizes, callbacks by phase,
  // batched per slice; off unless asked for.
  {
    const r = await page.evaluate(async () => {
      const events = [];
      let batches = 0;
      const rt = await window.nodeboa.createRuntime({
        onLoopEvent: (e) => { events.push(e); if (e.type === 'slice') batches += 1; },
      });
      const code = await rt.runSnippet(`setTimeout(() => {}, 1); setTimeout(() => {}, 1);
setImmediate(() => process.nextTick(() => {})); require('fs').readFile(__filename, () => {});`);
      rt.free();
      const phases = events.filter((e) => e.type === 'phase').map((e) => e.phase);
      const cycle = ['timers', 'pending', 'poll', 'check', 'close'];
      const inOrder = phases.every((p, i) => i === 0 || cycle.indexOf(p) === (cycle.indexOf(phases[i - 1]) + 1) % 5);
      const firstTimers = events.find((e) => e.type === 'phase' && e.phase === 'timers');
      const callbacks = events.filter((e) => e.type === 'callback').map((e) => e.phase);
      const timesSorted = events.filter((e) => e.type !== 'slice').every((e, i, a) => i === 0 || e.time >= a[i - 1].time);
      return { code, inOrder, firstTimers, callbacks, batches, timesSorted, count: events.length,
        poolJobs: events.filter((e) => e.type === 'pool-job-start').length };
    });
    const ok = r.code === 0 && r.inOrder && r.firstTimers?.timers === 2 && r.firstTimers?.immediates === 1 &&
      r.callbacks.filter((p) => p === 'timers').length === 2 && r.callbacks.includes('check') &&
      r.batches >= 1 && r.timesSorted && r.poolJobs >= 1;
    record('loop-event stream: phases with queue sizes, callbacks, pool jobs, per-slice batches', ok, JSON.stringify(r).slice(0, 600));
  }

  // 8. The VFS from the page: encodings, mkdir, readdir, remove, stat, and what the guest wrote.
  {
    const r = await page.evaluate(async () => {
      const { createRuntime } = window.nodeboa;
      const rt = await createRuntime({ files: { '/home/user/a.txt': 'héllo' } });
      const out = {};
      const code = (f) => { try { f(); return 'ok'; } catch (e) { return e.code ?? e.name; } };
      out.utf8 = rt.readFile('/home/user/a.txt', 'utf8');
      out.base64 = rt.readFile('a.txt', { encoding: 'base64' });
      out.hex = rt.readFile('a.txt', 'hex');
      out.latin1 = rt.readFile('a.txt', 'latin1');
      out.bytes = Array.from(rt.readFile('a.txt'));
      rt.writeFile('b64.bin', 'AAEC/w==', 'base64');
      out.fromBase64 = Array.from(rt.readFile('b64.bin'));
      rt.writeFile('hex.bin', 'cafe', { encoding: 'hex' });
      out.fromHex = Array.from(rt.readFile('hex.bin'));
      out.badEncoding = code(() => rt.readFile('a.txt', 'klingon'));
      out.mkdirMissingParent = code(() => rt.mkdir('/home/user/x/y'));
      out.mkdirRecursive = code(() => rt.mkdir('/home/user/x/y', { recursive: true }));
      out.mkdirExists = code(() => rt.mkdir('/home/user/x'));
      out.mkdirExistsRecursive = code(() => rt.mkdir('/home/user/x', { recursive: true }));
      rt.writeFile('/home/user/x/y/z.txt', 'z');
      rt.writeFile('/home/user/x/b.txt', 'b');
      const run = await rt.runSnippet(`const fs = require('fs');
fs.writeFileSync('/home/user/x/guest.txt', 'from the guest');
fs.symlinkSync('/home/user/x/b.txt', '/home/user/x/link');`);
      out.run = run;
      out.names = rt.readdir('/home/user/x');
      out.entries = rt.readdir('x', { withFileTypes: true })
        .map((d) => `${d.name}:${d.isFile() ? 'f' : d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : '?'}`);
      out.parentPath = rt.readdir('x', { withFileTypes: true })[0].parentPath;
      out.guest = rt.readFile('/home/user/x/guest.txt', 'utf8');
      const st = rt.stat('/home/user/x/link');
      out.stat = [st.isFile(), st.size, rt.lstat('/home/user/x/link').isSymbolicLink(), rt.stat('x').isDirectory()];
      out.statMissing = code(() => rt.stat('/nope'));
      out.readdirFile = code(() => rt.readdir('/home/user/a.txt'));
      out.removeNonEmpty = code(() => rt.remove('/home/user/x'));
      out.removeMissing = code(() => rt.remove('/home/user/nope'));
      out.removeMissingForce = code(() => rt.remove('/home/user/nope', { force: true }));
      out.removeLink = code(() => rt.remove('/home/user/x/link'));
      out.linkTargetKept = rt.exists('/home/user/x/b.txt');
      out.removeRecursive = code(() => rt.remove('/home/user/x', { recursive: true }));
      out.gone = rt.exists('/home/user/x');
      out.home = rt.readdir('/home/user');
      rt.free();
      return out;
    });
    const expected = {
      utf8: 'héllo', base64: 'aMOpbGxv', hex: '68c3a96c6c6f', latin1: 'hÃ©llo', bytes: [104, 195, 169, 108, 108, 111],
      fromBase64: [0, 1, 2, 255], fromHex: [202, 254], badEncoding: 'ERR_UNKNOWN_ENCODING',
      mkdirMissingParent: 'ENOENT', mkdirRecursive: 'ok', mkdirExists: 'EEXIST', mkdirExistsRecursive: 'ok', run: 0,
      names: ['b.txt', 'guest.txt', 'link', 'y'], entries: ['b.txt:f', 'guest.txt:f', 'link:l', 'y:d'],
      parentPath: '/home/user/x', guest: 'from the guest', stat: [true, 1, true, true], statMissing: 'ENOENT',
      readdirFile: 'ENOTDIR', removeNonEmpty: 'ENOTEMPTY', removeMissing: 'ENOENT', removeMissingForce: 'ok',
      removeLink: 'ok', linkTargetKept: true, removeRecursive: 'ok', gone: false, home: ['a.txt', 'b64.bin', 'hex.bin'],
    };
    const diff = Object.keys(expected).filter((k) => JSON.stringify(r[k]) !== JSON.stringify(expected[k]));
    record('VFS from the page: encodings, mkdir, readdir, remove, stat', diff.length === 0,
      diff.map((k) => `${k}: ${JSON.stringify(r[k])}`).join('; '));
  }

  // 8a. Read-only lower layers from the page: files fetched on demand from a base URL (with a
  // path list), and a tar archive; reads copy up, writes stay in the VFS, misses are ENOENT.
  {
    const r = await page.evaluate(async () => {
      const { createRuntime } = window.nodeboa;
      let out = '';
      const a = await createRuntime({
        lower: { baseUrl: '/tests/browser/fixtures/lower-site', mount: '/site', paths: ['index.js', 'lib/x.js', 'data.txt'] },
        stdout: (t) => { out += t; },
      });
      const codeA = await a.runSnippet(`const fs = require('fs');
console.log(require('/site/index.js'), fs.readdirSync('/site').join(), fs.readFileSync('/site/data.txt', 'utf8').trim(),
  fs.existsSync('/site/missing.js'), fs.statSync('/site/lib').isDirectory());
fs.writeFileSync('/site/new.txt', 'w');
try { fs.readFileSync('/site/nope.txt'); } catch (e) { console.log(e.code); }
console.log(fs.readdirSync('/site').join());`);
      a.free();
      const src = await createRuntime({});
      await src.runSnippet(`require('fs').mkdirSync('/home/user/p', { recursive: true }); require('fs').writeFileSync('/home/user/p/m.js', 'module.exports = 7;');`);
      const tar = src.exportSnapshot();
      src.free();
      const b = await createRuntime({ lower: { archive: tar, mount: '/srv' }, stdout: (t) => { out += t; } });
      const codeB = await b.runSnippet(`console.log(require('/srv/home/user/p/m.js'), require('fs').readdirSync('/srv/home/user/p').join());`);
      b.free();
      return { codeA, codeB, out };
    });
    const want = 'index:x data.txt,index.js,lib bytes \u00e9 false true\nENOENT\ndata.txt,index.js,lib,new.txt\n7 m.js\n';
    const ok = r.codeA === 0 && r.codeB === 0 && r.out === want;
    record('VFS lower layers from the page: a base URL fetched on demand, a tar archive', ok, ok ? '' : JSON.stringify(r));
  }

  // 8b. VFS snapshots: one runtime's files as a tar (readable by the system's tar, without the
  // system's /dev and /proc), loaded into another runtime, whose guest then sees them; bytes that
  // are not a tar give EINVAL.
  {
    const r = await page.evaluate(async () => {
      const { createRuntime } = window.nodeboa;
      const a = await createRuntime({});
      const made = await a.runSnippet(`const fs = require('fs');
fs.mkdirSync('/home/user/proj/src', { recursive: true });
fs.writeFileSync('/home/user/proj/src/index.js', 'module.exports = 42;');
fs.writeFileSync('/home/user/proj/data.bin', Buffer.from([0, 1, 2, 255]));
fs.symlinkSync('src/index.js', '/home/user/proj/link.js');`);
      const tar = a.exportSnapshot();
      a.free();
      let stdout = '';
      const b = await createRuntime({ files: { '/home/user/other.txt': 'kept' }, stdout: (t) => { stdout += t; } });
      b.importSnapshot(tar);
      let bad;
      try { b.importSnapshot(new TextEncoder().encode('not a tar archive at all')); bad = 'no error'; } catch (e) { bad = e.code; }
      const code = await b.runSnippet(`const fs = require('fs');
console.log(require('/home/user/proj/src/index.js'), require('/home/user/proj/link.js'),
  [...fs.readFileSync('/home/user/proj/data.bin')].join(','), fs.readlinkSync('/home/user/proj/link.js'),
  fs.readFileSync('/home/user/other.txt', 'utf8'));`);
      b.free();
      return { made, code, stdout, bad, tar: Array.from(tar) };
    });
    const tarFile = path.join(fs.mkdtempSync('/tmp/nodeboa-snapshot-'), 'vfs.tar');
    fs.writeFileSync(tarFile, Buffer.from(r.tar));
    const listed = spawnSync('tar', ['-tf', tarFile], { encoding: 'utf8' });
    const names = listed.stdout.split('\n').filter(Boolean);
    const wanted = ['home/user/proj/src/index.js', 'home/user/proj/data.bin', 'home/user/proj/link.js'];
    const ok = r.made === 0 && r.code === 0 && r.stdout === '42 42 0,1,2,255 src/index.js kept\n' &&
      r.bad === 'EINVAL' && listed.status === 0 && wanted.every((n) => names.includes(n)) &&
      !names.some((n) => /^(dev|proc)\//.test(n)); // the system's /dev and /proc are not the user's files
    record('VFS snapshot: exportSnapshot() is a tar, importSnapshot() loads it into another runtime', ok,
      ok ? `${r.tar.length} bytes, ${names.length} entries` : JSON.stringify({ ...r, tar: r.tar.length, names, tarStatus: listed.status }));
  }

  // 9. free(): each runtime has its own wasm instance, and a freed runtime's instance is
  // collected with its memory (checked with WeakRefs and the page's gc()); a freed runtime
  // refuses calls; freeing a running program ends it.
  {
    const cycles = process.env.NODEBOA_WASM_PROFILE === 'dev' ? 25 : 50;
    const r = await page.evaluate(async (cycles) => {
      const { createRuntime, wasmMemoryBytes } = window.nodeboa;
      const program = 'const a = []; for (let i = 0; i < 2000; i++) a.push({ i, s: "x" + i }); setTimeout(() => console.log(a.length));';
      const freed = [];
      let outputs = 0;
      let liveWhileRunning = 0;
      const liveBefore = wasmMemoryBytes(); // earlier tests' runtimes, never freed
      for (let i = 0; i < cycles; i++) {
        const rt = await createRuntime({ files: { '/home/user/a.js': program }, stdout: (t) => { if (t === '2000\n') outputs += 1; } });
        await rt.run('a.js');
        liveWhileRunning = wasmMemoryBytes();
        freed.push(new WeakRef(rt.__wasmMemory()));
        rt.free();
      }
      const liveAfter = wasmMemoryBytes();
      for (let i = 0; i < 10 && freed.some((w) => w.deref()); i++) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const keptAt = freed.map((w, i) => (w.deref() ? i : -1)).filter((i) => i >= 0);
      const kept = keptAt.length;
      const rt = await createRuntime({});
      rt.free();
      rt.free();
      let after;
      try { rt.readFile('/x'); after = 'no error'; } catch (e) { after = e.code; }
      const busy = await createRuntime({});
      const running = busy.runSnippet('setInterval(() => require("crypto").pbkdf2("p", "s", 1, 8, "sha1", () => {}), 1)');
      await new Promise((resolve) => setTimeout(resolve, 50));
      busy.free();
      let ended;
      try { await running; ended = 'resolved'; } catch (e) { ended = e.code; }
      return { kept, keptAt, liveBefore, liveWhileRunning, liveAfter, outputs, after, ended, wasRunning: busy.running };
    }, cycles);
    // NOTE: one or two may stay: the async function's register file holds the last `rt`, and V8
    // scans the stack conservatively. A leak would keep all of them.
    const ok = r.outputs === cycles && r.kept <= 2 && r.liveWhileRunning > r.liveBefore && r.liveAfter === r.liveBefore &&
      r.after === 'ERR_RUNTIME_FREED' && r.ended === 'ERR_RUNTIME_FREED';
    record(`free(): ${cycles} create/run/free cycles; each freed runtime's wasm instance is collected; freed runtimes refuse calls`, ok,
      `freed instances still alive after gc(): ${r.kept} of ${cycles}; ${JSON.stringify({ ...r, kept: undefined })}`);
  }

  // 10. Several runtimes at once in one page: separate VFS, output, stdin, env and cwd.
  {
    const r = await page.evaluate(async () => {
      const { createRuntime } = window.nodeboa;
      const program = `const fs = require('fs');
let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  fs.writeFileSync('/tmp/mine.txt', process.env.WHO);
  setTimeout(() => {
    console.log(process.env.WHO, process.cwd(), JSON.stringify(input), fs.readFileSync('/tmp/mine.txt', 'utf8'), fs.readdirSync('/tmp').join(','));
    console.error('err', process.env.WHO);
  }, 20);
});`;
      const runtimes = await Promise.all(['a', 'b', 'c'].map(async (who, i) => {
        const out = { stdout: '', stderr: '' };
        const stdin = i === 1 ? new TextEncoder().encode(`bytes ${who}`) : `text ${who}`;
        const rt = await createRuntime({
          cwd: `/work/${who}`, env: { WHO: who }, stdin, files: { [`/work/${who}/main.js`]: program },
          stdout: (t) => { out.stdout += t; }, stderr: (t) => { out.stderr += t; },
        });
        return { rt, out, who };
      }));
      const codes = await Promise.all(runtimes.map(({ rt }) => rt.run('main.js')));
      const seen = runtimes.map(({ rt, out, who }) => ({
        ...out, ownMain: rt.exists(`/work/${who}/main.js`),
        others: ['a', 'b', 'c'].filter((w) => w !== who && rt.exists(`/work/${w}/main.js`)),
      }));
      runtimes.forEach(({ rt }) => rt.free());
      return { codes, seen };
    });
    const expected = [
      { stdout: 'a /work/a "text a" a mine.txt\n', stderr: 'err a\n', ownMain: true, others: [] },
      { stdout: 'b /work/b "bytes b" b mine.txt\n', stderr: 'err b\n', ownMain: true, others: [] },
      { stdout: 'c /work/c "text c" c mine.txt\n', stderr: 'err c\n', ownMain: true, others: [] },
    ];
    const ok = JSON.stringify(r.codes) === '[0,0,0]' && JSON.stringify(r.seen) === JSON.stringify(expected);
    record('three runtimes at once: separate VFS, stdout/stderr, stdin (string and bytes), env, cwd', ok,
      ok ? '' : JSON.stringify(r));
  }

  // 11. A Vite-built app imports the package, bundles it, and runs guest code in the page.
  {
    const started = Date.now();
    let detail;
    let ok = false;
    try {
      const dist = await buildViteApp(ROOT);
      const app = await newPage(browser, `${base}/${path.relative(ROOT, dist)}/index.html`);
      await app.waitForFunction(() => document.body.dataset.done === 'true', null, { timeout: 60000 });
      const shown = await app.evaluate(() => ({ out: document.getElementById('out').textContent, code: document.body.dataset.code }));
      const key = (await import('node:crypto')).pbkdf2Sync('pw', 'salt', 1000, 8, 'sha256').toString('hex');
      ok = shown.code === '0' && shown.out === `hello from a vite app 3\npbkdf2 ${key}\n`;
      detail = `${ok ? '' : JSON.stringify(shown)} build + run ${Date.now() - started} ms`;
      await app.close();
    } catch (error) {
      detail = String(error && error.stack ? error.stack : error);
    }
    record('a Vite-built app runs guest code through the package', ok, detail);
  }

  // 12. The differential suites through the npm package: every case must give node's stdout and
  // exit code in the page, as on the CLI, but those of KNOWN_FAILURES.txt (they fail on both
  // hosts): they must give the CLI's instead, when a CLI is built (NODEBOA_BIN or
  // target/debug/nodeboa), so the two hosts agree even where node differs (the browser build's
  // patched brotli encoder, crate/patches/, is checked that way). node runs the next cases while
  // the pages run the current ones. Two pages take cases from one queue: each case creates a
  // runtime (a bootstrap of ~0.2 s in a page, most of a case's time) on its page's main thread,
  // so two pages keep both cores of the CI machine busy.
  const known = knownFailures();
  const cli = process.env.NODEBOA_BIN ?? path.join(ROOT, 'target/debug/nodeboa');
  const haveCli = fs.existsSync(cli);
  const caseTimes = [];
  const tally = new Map(SUITES.map((suite) => [suite, { pass: 0, passCli: 0, skipped: 0, againstCli: 0, total: 0, failures: [] }]));
  const queue = [];
  for (const suite of SUITES) {
    const t = tally.get(suite);
    for (const c of cases(suite)) {
      t.total += 1;
      const isKnown = known.has(c.name);
      if (isKnown && !haveCli) { t.skipped += 1; continue; }
      if (isKnown) t.againstCli += 1;
      const d = directives(fs.readFileSync(c.script, 'utf8'));
      queue.push({ ...c, suite, d, expected: runHostAsync(isKnown ? cli : 'node', c.script, c.cwd, d), against: isKnown ? 'the CLI' : 'node' });
    }
  }
  const PAGES = 2;
  const pages = [page];
  while (pages.length < PAGES) {
    const p = await newPage(browser, `${base}/tests/browser/harness.html`);
    await p.waitForFunction(() => window.harnessReady === true, null, { timeout: 30000 });
    pages.push(p);
  }
  let next = 0;
  await Promise.all(pages.map(async (p) => {
    while (next < queue.length) {
      const c = queue[next++];
      const { d } = c;
      const t = tally.get(c.suite);
      const expected = await c.expected;
      const tree = treeUnder(path.dirname(c.script));
      const started = Date.now();
      const got = await runInPage(p, { ...tree, cwd: c.cwd, argv: d.args, env: d.env, stdin: d.stdin ?? '' }, c.script);
      caseTimes.push([Date.now() - started, c.name]);
      if (got.stdout === expected.stdout && got.code === expected.code) {
        if (c.against === 'node') t.pass += 1;
        else t.passCli += 1;
      }
      else t.failures.push(`${c.name}: expected ${c.against}'s code ${expected.code}, got ${got.code}${got.error ? ` (${got.error})` : ''}` +
        firstDifference(expected.stdout, got.stdout));
    }
  }));
  for (const suite of SUITES) {
    const { pass, passCli, skipped, againstCli, total, failures } = tally.get(suite);
    for (const f of failures) console.log(`  mismatch ${f}`);
    record(`differential ${suite} in the page`, failures.length === 0,
      `${pass}/${total - skipped - againstCli} match node${againstCli ? `, ${passCli}/${againstCli} known failures match the CLI` : ''}` +
      `${skipped ? ` (${skipped} known failures skipped: no CLI built)` : ''}`);
  }
  if (caseTimes.length) {
    caseTimes.sort((a, b) => b[0] - a[0]);
    const total = caseTimes.reduce((sum, [ms]) => sum + ms, 0);
    console.log(`  ${caseTimes.length} cases in ${PAGES} pages: ${(total / 1000).toFixed(1)} s of page time; slowest: ` +
      caseTimes.slice(0, 8).map(([ms, name]) => `${name} ${ms} ms`).join(', '));
  }
  for (const p of pages) await p.close();
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed}/${results.length} browser tests passed`);
process.exit(failed ? 1 : 0);
