// nodeboa's browser embed API: createRuntime() over the wasm module, the MessageChannel loop
// driver that never blocks the page, and the Web Worker thread pool. Ships in the npm package as
// index.js (see scripts/build-wasm.sh); works from a bundler and from <script type="module">.
//
// How the pieces meet:
// - Each Runtime owns one wasm instance of the page's one compiled module (its memory goes when
//   the runtime is freed; a trap kills only it), one WasmRuntime in it, one MessageChannel and,
//   once guest code first uses the thread pool, one WorkerPool.
// - A runtime is booted first (the bootstrap knows nothing of its options), then configured.
//   The page's first booted runtime is copied as a heap snapshot (snapshot.js): every later
//   instance, in this page or (through the Cache API) the next page load, is restored from it
//   and needs no bootstrap.
// - The driver runs the loop in slices of at most SLICE_BUDGET_MS, then gives the page the
//   thread back: at once (MessageChannel) when work is ready, after a host timer for the next
//   guest timer, or not at all while only pool work is out (a worker's reply wakes it).
// - A pool job (crypto.pbkdf2, ...) leaves Rust as `post(id, kind, payloadBytes)`; the pool
//   transfers the payload to an idle worker (FIFO when all are busy), the worker runs
//   runPoolJob and transfers the result back, and `complete(id, bytes)` queues it for the next
//   poll phase, where the guest's callback runs.
// - Loop events (opt-in) are recorded by Rust as numbers and decoded here once per slice.

import {
  buildIdOf, capture as captureSnapshot, load as loadSnapshot, restore as restoreSnapshot,
  pristineCopy, save as saveSnapshot,
} from './snapshot.js';

const GLUE_URL = new URL('./nodeboa_wasm.js', import.meta.url).href;
const WASM_URL = new URL('./nodeboa_wasm_bg.wasm', import.meta.url).href;

// At most this much loop work per slice before the page gets the thread back.
const SLICE_BUDGET_MS = 8;
// libuv's limits for UV_THREADPOOL_SIZE.
const DEFAULT_POOL_SIZE = 4;
const MAX_POOL_SIZE = 1024;

let compiledModule = null; // Promise<WebAssembly.Module>, fetched and compiled once per page
let glueModule = null; // Promise of the glue module: its createBindings() makes an instance's bindings
let heapSnapshot = null; // Uint8Array: this page's heap snapshot, once loaded or taken (snapshot.js)
let storedSnapshot = null; // Promise<Uint8Array | null>: the one saved by an earlier page load
let snapshotSaving = Promise.resolve(); // the Cache API write of the snapshot taken here
let spare = null; // { made: Promise<instance>, useSnapshot }: made ahead by preload()
let lastRestored = false; // the last runtime created was restored from the heap snapshot
const live = new Set(); // the instances of the runtimes not freed yet

// `source`: the wasm's URL, a Response, a WebAssembly.Module, or a promise of one of these (a
// page can start `WebAssembly.compileStreaming(fetch(url))` in its <head>, before this module
// has even loaded, and hand the promise to preload()); a rejected or empty promise falls back
// to fetching the package's own wasm.
function compile(source) {
  compiledModule ??= (async () => {
    let given = await Promise.resolve(source).catch(() => null);
    if (given instanceof WebAssembly.Module) return given;
    if (given == null) given = WASM_URL;
    const response = given instanceof Response ? given : await fetch(given);
    if (!response.ok) throw new Error(`nodeboa: cannot fetch ${response.url || given}: ${response.status}`);
    if (typeof WebAssembly.compileStreaming === 'function' &&
        (response.headers.get('content-type') || '').startsWith('application/wasm')) {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  })();
  compiledModule.catch(() => { compiledModule = null; });
  return compiledModule;
}

// One wasm instance per runtime: its own memory, so that freeing a runtime frees its heap at
// once (Boa's collector has one stop-the-world heap per instance: a shared one made the next
// runtime's first collection sweep every freed runtime's garbage, a task of over half a second),
// and a trap kills only that runtime. A fresh instance is restored from the page's heap snapshot
// when there is one (its runtime is then booted already: bootedRuntime); one made with no
// snapshot boots its runtime, and that runtime is snapshotted for the instances after it.
async function makeInstance(wasm, useSnapshot) {
  const wasmUrl = typeof wasm === 'string' || wasm instanceof URL ? new URL(wasm, location.href).href : WASM_URL;
  if (useSnapshot && !heapSnapshot) storedSnapshot ??= loadSnapshot(wasmUrl);
  const module = await compile(wasm);
  glueModule ??= import(/* @vite-ignore */ GLUE_URL);
  const bindings = (await glueModule).createBindings();
  const exports = await bindings.default({ module_or_path: module });
  const inst = { bindings, module, exports, poisoned: false, restored: false, capture: null, wasmUrl };
  const buildId = useSnapshot ? buildIdOf(module) : null;
  if (buildId) {
    const snapshot = heapSnapshot ?? await storedSnapshot;
    if (snapshot && restoreSnapshot(exports, snapshot, buildId)) {
      heapSnapshot = snapshot;
      inst.restored = true;
    } else {
      inst.capture = { pristine: pristineCopy(exports.memory), buildId };
    }
  }
  return inst;
}

/**
 * The booted WasmRuntime of `inst`: the one its restored snapshot holds, or a template whose
 * bootstrap runs here stage by stage, one task each. While the page has no snapshot, a booted
 * template is snapshotted (kept for this page's next runtimes, saved for the next page load).
 */
async function bootedRuntime(inst) {
  const { WasmRuntime } = inst.bindings;
  if (inst.restored) {
    const restored = WasmRuntime.unstash();
    if (restored) return restored;
    inst.restored = false;
  }
  let rt = WasmRuntime.template();
  do await yieldToPage(); while (!rt.bootStep());
  if (inst.capture && !heapSnapshot) {
    const { pristine, buildId } = inst.capture;
    rt.stash();
    const snapshot = await captureSnapshot(inst.exports, pristine, buildId, yieldToPage);
    rt = WasmRuntime.unstash();
    if (snapshot) {
      heapSnapshot = snapshot;
      snapshotSaving = saveSnapshot(inst.wasmUrl, snapshot);
    }
  }
  inst.capture = null;
  return rt;
}

/**
 * Fetch and compile the wasm now, and make the instance of the next runtime (createRuntime does
 * it on first use): a page can start this early, while it renders. `wasm`: the URL (default: the
 * package's), or a Response, a WebAssembly.Module or a promise of one, such as a compileStreaming
 * started in the page's <head>. `heapSnapshot: false`: boot runtimes, neither restoring nor
 * saving a heap snapshot (snapshot.js); or a promise of the saved snapshot's bytes that the page
 * started reading in its <head> (README). Resolves when the instance is ready.
 */
export async function preload(wasm, { heapSnapshot: early = true } = {}) {
  const useSnapshot = early !== false;
  // A read of the saved snapshot that the page started in its <head> (README: heap snapshots).
  if (useSnapshot && typeof early?.then === 'function' && !heapSnapshot) {
    storedSnapshot ??= Promise.resolve(early).then((bytes) => (bytes ? new Uint8Array(bytes) : null), () => null);
  }
  if (spare?.useSnapshot !== useSnapshot) spare = { made: makeInstance(wasm, useSnapshot), useSnapshot };
  const { made } = spare;
  made.catch(() => { if (spare?.made === made) spare = null; });
  await made;
}

/**
 * The page's heap snapshot (snapshot.js): `bytes` (0 when none was taken or loaded), `restored`
 * (the last runtime created was restored from it rather than booted), and `saved`, a promise
 * that settles when the snapshot taken in this page has been written for the next page load.
 */
export function heapSnapshotInfo() {
  return { bytes: heapSnapshot?.length ?? 0, restored: lastRestored, saved: snapshotSaving };
}

/** Bytes of linear memory of the live (not freed) runtimes' wasm instances. */
export function wasmMemoryBytes() {
  let bytes = 0;
  for (const inst of live) bytes += inst.exports.memory.buffer.byteLength;
  return bytes;
}

/** A trap poisons the runtime's wasm instance: that runtime is dead; others, and new ones, live on. */
export class WasmTrapError extends Error {
  constructor(cause) {
    super(`nodeboa: the wasm instance trapped (${cause && cause.message ? cause.message : cause}); ` +
      'this runtime is dead, create a new one');
    this.name = 'WasmTrapError';
    this.cause = cause;
  }
}

// ----- the thread pool -----

// A Uint8Array whose buffer can be transferred without detaching anyone else's bytes.
function ownBuffer(bytes) {
  if (!(bytes instanceof Uint8Array)) bytes = toBytes(bytes);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer;
  return whole ? bytes : bytes.slice();
}

// A pool worker. NOTE: `new Worker(new URL('./worker.js', import.meta.url), ...)` must stay
// written out in one expression: it is the pattern bundlers (Vite, webpack 5, Parcel) recognise
// to emit the worker as its own file. Through a variable, Vite inlines worker.js as a data: URL,
// whose opaque origin cannot import the glue.
function spawnWorker(url, name) {
  if (url) return new Worker(url, { type: 'module', name });
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name });
}

/**
 * N Web Workers running the same wasm module, one FIFO queue, payloads and results transferred
 * (not copied). Workers start on the first job. `observer` (optional) hears
 * `started(tag, worker)` and `finished(tag, worker, [startMs, endMs])` for the loop-event stream.
 */
export class WorkerPool {
  constructor(size, module, { glueUrl = GLUE_URL, workerUrl = null, observer = null } = {}) {
    this.size = Math.min(MAX_POOL_SIZE, Math.max(1, size | 0));
    this.module = module;
    this.glueUrl = glueUrl;
    this.workerUrl = workerUrl;
    this.observer = observer;
    this.workers = null; // started on first use
    this.idle = [];
    this.queue = [];
    this.nextId = 1;
    /** `[start, end]` (absolute ms) of each finished job, in completion order: for tests and the visualizer. */
    this.spans = [];
    /** Jobs each worker has run. */
    this.jobsPerWorker = new Array(this.size).fill(0);
  }

  start() {
    this.workers = [];
    for (let i = 0; i < this.size; i++) {
      const worker = spawnWorker(this.workerUrl, `nodeboa-pool-${i}`);
      worker.index = i;
      worker.job = null;
      worker.onmessage = (event) => this.#reply(worker, event.data);
      worker.onerror = (event) => this.#fail(worker, new Error(event.message || 'nodeboa: pool worker error'));
      worker.postMessage({ init: true, module: this.module, glueUrl: this.glueUrl });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Run a job (`kind`, `payload` bytes, transferred); resolves with the result bytes. */
  run(kind, payload, tag) {
    if (!this.workers) this.start();
    if (this.workers.length === 0) return Promise.reject(new Error('nodeboa: no pool worker could start'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, payload: ownBuffer(payload), tag, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch() {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.shift();
      const job = this.queue.shift();
      worker.job = job;
      this.observer?.started(job.tag, worker.index);
      worker.postMessage({ id: job.id, kind: job.kind, payload: job.payload }, [job.payload.buffer]);
      job.payload = null;
    }
  }

  #reply(worker, data) {
    if (data.ready) { worker.ready = true; return; }
    if (data.initError) { this.#fail(worker, new Error(`nodeboa: pool worker failed to start: ${data.initError}`)); return; }
    const job = worker.job;
    if (!job || data.id !== job.id) return;
    worker.job = null;
    this.idle.push(worker);
    this.jobsPerWorker[worker.index] += 1;
    if (data.span) this.spans.push(data.span);
    this.observer?.finished(job.tag, worker.index, data.span);
    if (data.error) job.reject(new Error(data.error));
    else job.resolve(data.result);
    this.#dispatch();
  }

  #fail(worker, error) {
    const job = worker.job;
    worker.job = null;
    if (job) job.reject(error);
    if (worker.ready) {
      this.idle.push(worker);
      this.#dispatch();
      return;
    }
    // A worker whose module did not start takes no more work; with none left, nothing can run.
    worker.terminate();
    this.workers = this.workers.filter((w) => w !== worker);
    this.idle = this.idle.filter((w) => w !== worker);
    if (this.workers.length === 0) {
      for (const queued of this.queue.splice(0)) queued.reject(error);
    }
  }

  terminate() {
    const error = new Error('nodeboa: pool terminated');
    for (const worker of this.workers ?? []) {
      worker.terminate();
      if (worker.job) worker.job.reject(error);
      worker.job = null;
    }
    this.workers = null;
    this.idle = [];
    for (const job of this.queue) job.reject(error);
    this.queue = [];
  }
}

// ----- bytes and encodings (Node's names) -----

function toBytes(data) {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError('file contents must be a string, a Uint8Array or an ArrayBuffer');
}

function encodingOf(options) {
  const raw = typeof options === 'string' ? options : options?.encoding;
  if (raw === undefined || raw === null || raw === 'buffer') return null;
  const name = String(raw).toLowerCase();
  const canonical = {
    utf8: 'utf8', 'utf-8': 'utf8', latin1: 'latin1', binary: 'latin1', ascii: 'ascii',
    base64: 'base64', base64url: 'base64url', hex: 'hex',
    utf16le: 'utf16le', 'utf-16le': 'utf16le', ucs2: 'utf16le', 'ucs-2': 'utf16le',
  }[name];
  if (!canonical) {
    throw Object.assign(new TypeError(`Unknown encoding: ${raw}`), { code: 'ERR_UNKNOWN_ENCODING' });
  }
  return canonical;
}

function latin1(bytes, mask = 0xff) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const chunk = bytes.subarray(i, i + 0x8000);
    out += String.fromCharCode.apply(null, mask === 0xff ? chunk : chunk.map((b) => b & mask));
  }
  return out;
}

function decodeBytes(bytes, encoding) {
  switch (encoding) {
    case 'utf8': return new TextDecoder().decode(bytes);
    case 'utf16le': return new TextDecoder('utf-16le').decode(bytes);
    case 'latin1': return latin1(bytes);
    case 'ascii': return latin1(bytes, 0x7f);
    case 'hex': return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'base64': return btoa(latin1(bytes));
    case 'base64url': return btoa(latin1(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    default: return bytes;
  }
}

function encodeString(text, encoding) {
  switch (encoding) {
    case null: case 'utf8': return new TextEncoder().encode(text);
    case 'latin1': case 'ascii': return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    case 'utf16le': {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[2 * i] = c & 0xff;
        out[2 * i + 1] = c >> 8;
      }
      return out;
    }
    case 'hex': {
      const pairs = text.match(/^(?:[0-9a-fA-F]{2})*/)[0];
      return Uint8Array.from({ length: pairs.length / 2 }, (_, i) => parseInt(pairs.slice(2 * i, 2 * i + 2), 16));
    }
    case 'base64': case 'base64url': {
      const clean = text.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, '');
      return Uint8Array.from(atob(clean + '='.repeat((4 - (clean.length % 4)) % 4)), (c) => c.charCodeAt(0));
    }
    default: return new TextEncoder().encode(text);
  }
}

// ----- filesystem records -----

/** One directory entry, shaped like Node's `fs.Dirent`. */
class Dirent {
  constructor(name, type, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this.type = type;
  }
  isFile() { return this.type === 'file'; }
  isDirectory() { return this.type === 'directory'; }
  isSymbolicLink() { return this.type === 'symlink'; }
}

/** A `stat` result: type, size, mode, mtimeMs, and Node's `is*()` predicates. */
class FileStat {
  constructor({ type, size, mode, mtimeMs }) {
    this.type = type;
    this.size = size;
    this.mode = mode;
    this.mtimeMs = mtimeMs;
  }
  isFile() { return this.type === 'file'; }
  isDirectory() { return this.type === 'directory'; }
  isSymbolicLink() { return this.type === 'symlink'; }
}

// ----- the loop-event stream -----

const PHASES = ['timers', 'pending', 'poll', 'check', 'close'];
const EVENT_WIDTH = 7; // see crate/src/wasm_api.rs

// Decode Rust's records ([code, phase, a, b, c, d, timeMs] each) and hand them to `emit`.
function decodeLoopEvents(records, emit) {
  for (let i = 0; i + EVENT_WIDTH <= records.length; i += EVENT_WIDTH) {
    const phase = records[i + 1] >= 0 ? PHASES[records[i + 1]] : null;
    const time = records[i + 6];
    switch (records[i]) {
      case 0:
        emit({ type: 'phase', phase, timers: records[i + 2], immediates: records[i + 3],
          ticks: records[i + 4], requests: records[i + 5], time });
        break;
      case 1: emit({ type: 'callback', phase, time }); break;
      case 2: emit({ type: 'pool-job-start', id: records[i + 2], time }); break;
      case 3: emit({ type: 'pool-job-end', id: records[i + 2], time }); break;
      case 4: emit({ type: 'dropped', count: records[i + 2], time }); break;
      default: break;
    }
  }
}

// The page-relative time of a worker's absolute timestamp.
const pageTime = (absolute) => absolute - performance.timeOrigin;

// ----- one runtime -----

function freedError() {
  return Object.assign(new Error('nodeboa: this runtime was freed'), { code: 'ERR_RUNTIME_FREED' });
}

// UV_THREADPOOL_SIZE as libuv reads it (atoi; 0 → 1; capped at 1024), default 4.
// The `lower` option as the wasm side takes it: `{ archive }` (a tar, gzipped or not) and
// `{ fetch(path) }` pass through; `{ baseUrl, paths? }` becomes a fetch over synchronous XHR
// (the VFS reads synchronously, as `fs.readFileSync` must; each path is asked for once).
// With `paths` (every file under the mount, relative, e.g. `lib/x.js`) existence and
// directory listings come from that list and only file bytes cross the network; without it, a
// directory is asked for as `<url>/`, and a `text/plain` answer is its listing (one name per line).
function lowerOption(lower) {
  if (lower == null) return undefined;
  const mount = lower.mount ?? '/';
  if (lower.archive !== undefined) return { mount, archive: toBytes(lower.archive) };
  if (typeof lower.fetch === 'function') return { mount, fetch: lower.fetch };
  if (typeof lower.baseUrl !== 'string') throw new TypeError('options.lower needs archive, fetch or baseUrl');
  const base = lower.baseUrl.replace(/\/+$/, '');
  const prefix = mount.replace(/\/+$/, '');
  const files = Array.isArray(lower.paths) ? new Set(lower.paths.map((p) => String(p).replace(/^\/+/, ''))) : null;
  const listings = files ? listingsOf(files) : null;
  return {
    mount,
    fetch(path) {
      const rel = path.slice(prefix.length).replace(/^\/+/, '');
      const dir = path.endsWith('/');
      if (listings) {
        if (dir) {
          const names = listings.get(rel.replace(/\/+$/, ''));
          return names ? new TextEncoder().encode([...names].join('\n')) : null;
        }
        if (!files.has(rel)) return null;
      }
      const xhr = new XMLHttpRequest();
      xhr.open('GET', `${base}/${rel.split('/').map(encodeURIComponent).join('/')}`, false);
      xhr.overrideMimeType('text/plain; charset=x-user-defined');
      try {
        xhr.send();
      } catch {
        return null;
      }
      if (xhr.status < 200 || xhr.status >= 300) return null;
      // A redirect to `name/` means `name` is a directory, not a file.
      if (!dir && xhr.responseURL.endsWith('/')) return null;
      if (dir && !/^text\/plain/.test(xhr.getResponseHeader('content-type') ?? '')) return new Uint8Array(0);
      const text = xhr.responseText;
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
      return bytes;
    },
  };
}

// Directory listings implied by a list of file paths: '' (the mount) → top-level names, etc.
function listingsOf(files) {
  const dirs = new Map([['', new Set()]]);
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!dirs.has(dir)) dirs.set(dir, new Set());
      dirs.get(dir).add(parts[i]);
    }
  }
  return dirs;
}

function poolSizeFrom(options) {
  if (options.poolSize !== undefined) return Math.min(MAX_POOL_SIZE, Math.max(1, options.poolSize | 0));
  const raw = options.env?.UV_THREADPOOL_SIZE;
  if (raw === undefined) return DEFAULT_POOL_SIZE;
  const n = parseInt(String(raw).trim(), 10) || 0;
  return n === 0 ? 1 : (n < 0 || n > MAX_POOL_SIZE ? MAX_POOL_SIZE : n);
}

class Runtime {
  #inst; #rt; #pool = null; #poolSize; #channel; #timer = null; #state = 'idle';
  #resolve = null; #reject = null; #onEvent; #outputs; #scheduled = false; #inSlice = false;
  #freeAfterSlice = false; #pageEvents = []; #onBatch = null;

  constructor(inst, rt, options) {
    this.#inst = inst;
    this.#rt = rt;
    const each = typeof options.onLoopEvent === 'function' ? options.onLoopEvent : null;
    const batch = typeof options.onLoopEvents === 'function' ? options.onLoopEvents : null;
    this.#onBatch = batch;
    this.#onEvent = each || batch ? (each ?? (() => {})) : null;
    this.#poolSize = poolSizeFrom(options);
    const decoder = (callback) => {
      const d = new TextDecoder();
      return {
        write: (bytes) => { const s = d.decode(bytes, { stream: true }); if (s && callback) callback(s); },
        end: () => { const s = d.decode(); if (s && callback) callback(s); },
      };
    };
    this.#outputs = [decoder(options.stdout), decoder(options.stderr)];
    const env = Object.entries(options.env ?? {}).map(([k, v]) => [String(k), String(v)]);
    this.#call(() => rt.configure({
      cwd: options.cwd ?? '/home/user',
      args: (options.argv ?? []).map(String),
      env,
      poolSize: this.#poolSize,
      stdin: typeof options.stdin === 'string' || options.stdin == null ? options.stdin : toBytes(options.stdin),
      stdout: (bytes) => this.#outputs[0].write(bytes),
      stderr: (bytes) => this.#outputs[1].write(bytes),
      post: (id, kind, payload) => this.#post(id, kind, payload),
      loopEvents: this.#onEvent !== null,
      lower: lowerOption(options.lower),
    }));
    this.#channel = new MessageChannel();
    this.#channel.port1.onmessage = () => { this.#scheduled = false; this.#slice(); };
    for (const [path, data] of Object.entries(options.files ?? {})) this.writeFile(path, data);
    for (const [path, target] of Object.entries(options.symlinks ?? {})) this.symlink(target, path);
    live.add(inst);
  }

  // Deliver the events since the last flush in time order: the loop's own (recorded by Rust)
  // merged with the page's (worker starts and ends), then `extra` (the slice itself).
  #flushEvents(extra) {
    if (!this.#onEvent) return;
    const batch = this.#pageEvents;
    this.#pageEvents = [];
    decodeLoopEvents(this.#rt.takeLoopEvents(), (event) => batch.push(event));
    batch.sort((a, b) => a.time - b.time);
    if (extra) batch.push(extra);
    try {
      for (const event of batch) this.#onEvent(event);
      if (this.#onBatch) this.#onBatch(batch);
    } catch (error) {
      // The embedder's listener threw: report it as the page's error, keep driving the loop.
      setTimeout(() => { throw error; });
    }
  }

  #call(f) {
    if (this.#rt === null) throw freedError();
    if (this.#inst.poisoned) throw new WasmTrapError('an earlier trap');
    try {
      return f();
    } catch (error) {
      // Only traps escape the facade: its own errors are plain Errors with a message we made.
      if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError ||
          error instanceof WasmTrapError) {
        this.#inst.poisoned = true;
        throw new WasmTrapError(error);
      }
      throw error;
    }
  }

  #post(id, kind, payload) {
    if (!this.#pool) {
      const observer = this.#onEvent && {
        started: (tag, worker) => this.#pageEvents.push({ type: 'worker-start', id: tag, kind, worker, time: performance.now() }),
        finished: (tag, worker, span) => this.#pageEvents.push({
          type: 'worker-end', id: tag, worker, start: span ? pageTime(span[0]) : null,
          end: span ? pageTime(span[1]) : null, time: performance.now(),
        }),
      };
      this.#pool = new WorkerPool(this.#poolSize, this.#inst.module, { observer });
    }
    this.#pool.run(kind, payload, id).then(
      (result) => this.#completed(id, result),
      // A failed job still completes: an empty result is a failure status for every job kind.
      () => this.#completed(id, new Uint8Array(0)),
    );
  }

  #completed(id, result) {
    if (this.#state !== 'running' || this.#inst.poisoned) return;
    this.#rt.complete(id, result);
    this.#wake();
  }

  #wake() {
    if (this.#timer !== null) { clearTimeout(this.#timer); this.#timer = null; }
    if (!this.#scheduled) { this.#scheduled = true; this.#channel.port2.postMessage(null); }
  }

  #slice() {
    if (this.#state !== 'running') return;
    const started = this.#onEvent ? performance.now() : 0;
    let result;
    this.#inSlice = true;
    try {
      result = this.#call(() => this.#rt.runSlice(SLICE_BUDGET_MS));
    } catch (error) {
      this.#inSlice = false;
      this.#finish(null, error);
      return;
    } finally {
      this.#inSlice = false;
    }
    if (this.#onEvent) {
      this.#flushEvents({ type: 'slice', ms: performance.now() - started, result, time: started });
    }
    if (this.#freeAfterSlice) {
      this.free();
    } else if (typeof result === 'object' && result !== null) {
      this.#finish(result.exit);
    } else if (result === -2) {
      this.#wake();
    } else if (result >= 0) {
      this.#timer = setTimeout(() => { this.#timer = null; this.#wake(); }, result);
    } // -1: only pool work is outstanding; a worker's reply wakes the loop
  }

  #stopDriving() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pool?.terminate();
    this.#pool = null;
  }

  #finish(code, error) {
    this.#state = 'exited';
    this.#stopDriving();
    for (const o of this.#outputs) o.end();
    if (error) this.#reject(error); else this.#resolve(code);
  }

  #begin(start) {
    if (this.#rt === null) return Promise.reject(freedError());
    if (this.#state !== 'idle') return Promise.reject(new Error('nodeboa: a runtime runs one program'));
    this.#state = 'running';
    return new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
      this.#inSlice = true;
      try {
        this.#call(start);
      } catch (error) {
        this.#finish(null, error);
        return;
      } finally {
        this.#inSlice = false;
      }
      if (this.#freeAfterSlice) { this.free(); return; }
      this.#wake();
    });
  }

  /** Run the main script `entry` (a path in the VFS); resolves with the exit code. */
  run(entry) {
    const path = entry.startsWith('/') ? entry : `${this.cwd()}/${entry}`;
    return this.#begin(() => this.#rt.startFile(path));
  }

  /** Run `code` as `node -e` would; resolves with the exit code. */
  runSnippet(code, { print = false } = {}) {
    return this.#begin(() => this.#rt.startEval(String(code), print));
  }

  /** End the program at the next callback boundary. */
  stop() {
    if (this.#state !== 'running') return;
    this.#call(() => this.#rt.stop());
    this.#wake();
  }

  /**
   * Release the runtime: its wasm-side state (VFS, JS heap), its workers and its timers. A
   * program still running is stopped and its `run()` promise rejects with ERR_RUNTIME_FREED.
   * Safe to call twice, and from an output callback (it then happens when the slice ends).
   */
  free() {
    if (this.#rt === null) return;
    if (this.#inSlice) {
      this.#freeAfterSlice = true;
      if (!this.#inst.poisoned) this.#rt.stop();
      return;
    }
    const running = this.#state === 'running';
    this.#stopDriving();
    this.#channel.port1.onmessage = null;
    this.#channel.port1.close();
    this.#channel.port2.close();
    this.#state = 'freed';
    const rt = this.#rt;
    this.#rt = null;
    // A trapped instance is abandoned whole; freeing into it could trap again. Either way the
    // instance goes with its runtime: nothing of the page holds it once this object lets go.
    if (!this.#inst.poisoned) rt.free();
    live.delete(this.#inst);
    this.#inst = null;
    if (running) {
      for (const o of this.#outputs) o.end();
      this.#reject(freedError());
    }
  }

  /** `using rt = await createRuntime()` frees it at the end of the block. */
  [Symbol.dispose ?? Symbol.for('Symbol.dispose')]() { this.free(); }

  /** The runtime's wasm memory (tests: a freed runtime's instance must be collectable). */
  __wasmMemory() { return this.#inst?.exports.memory ?? null; }

  /** Trap the wasm instance on purpose (tests of trap recovery). */
  __trap() { this.#call(() => this.#rt.__trap()); }

  get running() { return this.#state === 'running'; }
  get freed() { return this.#rt === null; }
  /** Web Workers in this runtime's pool (started on first use). */
  get poolSize() { return this.#poolSize; }

  cwd() { return this.#call(() => this.#rt.cwd()); }

  /** Write a file (parents created); strings are encoded with `encoding` (default utf8). */
  writeFile(path, data, options) {
    const bytes = typeof data === 'string' ? encodeString(data, encodingOf(options)) : toBytes(data);
    this.#call(() => this.#rt.writeFile(path, bytes));
  }

  /** A file's bytes, or a string when an encoding is given (`'utf8'` or `{ encoding }`). */
  readFile(path, options) {
    const encoding = encodingOf(options);
    const bytes = this.#call(() => this.#rt.readFile(path));
    return encoding ? decodeBytes(bytes, encoding) : bytes;
  }

  /** `fs.symlinkSync(target, path)`: a symbolic link at `path` (parents created) to `target`. */
  symlink(target, path) {
    this.#call(() => this.#rt.symlink(String(target), String(path)));
  }

  /** `mkdir`; `{ recursive: true }` makes the parents and accepts an existing directory. */
  mkdir(path, options) {
    const recursive = Boolean(typeof options === 'object' && options !== null ? options.recursive : options);
    this.#call(() => this.#rt.mkdir(path, recursive));
  }

  /**
   * Remove a file, symlink or empty directory; `{ recursive: true }` removes a directory with
   * its contents; `{ force: true }` ignores a missing path.
   */
  remove(path, { recursive = false, force = false } = {}) {
    try {
      this.#call(() => this.#rt.remove(path, recursive));
    } catch (error) {
      if (!(force && error.code === 'ENOENT')) throw error;
    }
  }

  /** Names in a directory, sorted; `{ withFileTypes: true }` gives Dirent-like entries. */
  readdir(path, { withFileTypes = false } = {}) {
    const entries = this.#call(() => this.#rt.readdir(path));
    if (!withFileTypes) return entries.map((e) => e.name);
    const parent = path.startsWith('/') ? path : `${this.cwd()}/${path}`;
    return entries.map((e) => new Dirent(e.name, e.type, parent));
  }

  /** The VFS (its in-memory layer) as a tar archive: save it, or load it into another runtime. */
  exportSnapshot() { return this.#call(() => this.#rt.exportSnapshot()); }

  /** Unpack a tar archive (gzipped or not) into the VFS, replacing files of the same names. */
  importSnapshot(bytes) { this.#call(() => this.#rt.importSnapshot(toBytes(bytes))); }

  exists(path) { return this.#call(() => this.#rt.kind(path)) !== null; }
  /** `stat` (symlinks followed); throws ENOENT when nothing is there. */
  stat(path) { return new FileStat(this.#call(() => this.#rt.stat(path, true))); }
  /** `lstat` (a final symlink is described itself). */
  lstat(path) { return new FileStat(this.#call(() => this.#rt.stat(path, false))); }
}

/**
 * Create a runtime. Options: files ({ path: string | Uint8Array }), symlinks ({ path: target }), lower (a read-only layer
 * under the VFS: { archive } | { baseUrl, paths? } | { fetch }, with a mount), cwd, argv (after
 * the script), env, poolSize (default UV_THREADPOOL_SIZE or 4), stdout/stderr (string
 * callbacks), stdin (string | Uint8Array), onLoopEvent (off by default), wasmUrl.
 */
export async function createRuntime(options = {}) {
  const useSnapshot = options.heapSnapshot !== false;
  let made;
  if (spare && spare.useSnapshot === useSnapshot && options.wasmUrl === undefined) {
    ({ made } = spare);
    spare = null;
  }
  const inst = await (made ?? makeInstance(options.wasmUrl, useSnapshot));
  try {
    const rt = new Runtime(inst, await bootedRuntime(inst), options);
    lastRestored = inst.restored;
    return rt;
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
      inst.poisoned = true;
      throw new WasmTrapError(error);
    }
    throw error;
  }
}

/** A task boundary: the page may handle input and render before the promise resolves. */
function yieldToPage() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

/** Run a pool job directly on a fresh pool of `size` workers (benchmarks, tests). */
export async function createPool(size, options = {}) {
  return new WorkerPool(size, await compile(options.wasmUrl));
}

/** Job kinds of the pool (see crate/src/host/pool_job.rs). */
export const PoolJobKind = Object.freeze({ BusyHash: 1, SumBytes: 2 });

/** Encode a BusyHash job payload: rounds (u32 LE) then the data. */
export function busyHashPayload(data, rounds) {
  const bytes = toBytes(data);
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, rounds, true);
  out.set(bytes, 4);
  return out;
}
