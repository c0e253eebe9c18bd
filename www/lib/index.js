// nodeboa's browser embed API: createRuntime() over the wasm module, the MessageChannel loop
// driver that never blocks the page, and the Web Worker thread pool. Ships in the npm package as
// index.js (see scripts/build-wasm.sh); works from a bundler and from <script type="module">.

const GLUE_URL = new URL('./nodeboa_wasm.js', import.meta.url).href;
const WASM_URL = new URL('./nodeboa_wasm_bg.wasm', import.meta.url).href;
const WORKER_URL = new URL('./worker.js', import.meta.url).href;

// At most this much loop work per slice before the page gets the thread back.
const SLICE_BUDGET_MS = 8;

let compiledModule = null; // Promise<WebAssembly.Module>, fetched and compiled once per page
let generation = 0; // bumped when an instance traps: a fresh instance needs a fresh glue module
let current = null; // { glue, module, poisoned }

function compile(url) {
  compiledModule ??= (async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`nodeboa: cannot fetch ${url}: ${response.status}`);
    if (typeof WebAssembly.compileStreaming === 'function' &&
        (response.headers.get('content-type') || '').startsWith('application/wasm')) {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  })();
  compiledModule.catch(() => { compiledModule = null; });
  return compiledModule;
}

// The shared wasm instance, or a fresh one from the cached module when the last one trapped.
async function instance(wasmUrl) {
  if (current && !current.poisoned) return current;
  const module = await compile(wasmUrl ?? WASM_URL);
  // wasm-bindgen's glue keeps one instance per JS module: import it again under a new URL.
  const glueUrl = generation === 0 ? GLUE_URL : `${GLUE_URL}?instance=${generation}`;
  generation += 1;
  const glue = await import(/* @vite-ignore */ glueUrl);
  await glue.default({ module_or_path: module });
  current = { glue, module, poisoned: false };
  return current;
}

/** A trap poisons the wasm instance: every runtime on it is dead, new ones get a new instance. */
export class WasmTrapError extends Error {
  constructor(cause) {
    super(`nodeboa: the wasm instance trapped (${cause && cause.message ? cause.message : cause}); ` +
      'this runtime is dead, create a new one');
    this.name = 'WasmTrapError';
    this.cause = cause;
  }
}

// ----- the thread pool -----

/** N Web Workers running the same wasm module, one FIFO queue, results transferred. */
export class WorkerPool {
  constructor(size, module, { glueUrl = GLUE_URL, workerUrl = WORKER_URL } = {}) {
    this.size = Math.max(1, size | 0);
    this.module = module;
    this.glueUrl = glueUrl;
    this.workerUrl = workerUrl;
    this.workers = null; // started on first use
    this.idle = [];
    this.queue = [];
    this.nextId = 1;
    this.waiting = new Map();
    /** `[start, end]` (absolute ms) of each finished job, in completion order: for tests and the visualizer. */
    this.spans = [];
  }

  start() {
    this.workers = [];
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(this.workerUrl, { type: 'module', name: `nodeboa-pool-${i}` });
      worker.onmessage = (event) => this.#reply(worker, event.data);
      worker.onerror = (event) => this.#fail(worker, new Error(event.message || 'worker error'));
      worker.postMessage({ init: true, module: this.module, glueUrl: this.glueUrl });
      worker.job = null;
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Run a job (`kind`, `payload` bytes); resolves with the result bytes. */
  run(kind, payload) {
    if (!this.workers) this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, payload, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch() {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.shift();
      const job = this.queue.shift();
      worker.job = job;
      const payload = job.payload instanceof Uint8Array ? job.payload : new Uint8Array(job.payload);
      worker.postMessage({ id: job.id, kind: job.kind, payload }, [payload.buffer]);
    }
  }

  #reply(worker, data) {
    const job = worker.job;
    worker.job = null;
    this.idle.push(worker);
    if (job) {
      if (data.span) this.spans.push(data.span);
      if (data.error) job.reject(new Error(data.error));
      else job.resolve(data.result);
    }
    this.#dispatch();
  }

  #fail(worker, error) {
    const job = worker.job;
    worker.job = null;
    if (job) job.reject(error);
    this.idle.push(worker);
    this.#dispatch();
  }

  terminate() {
    for (const worker of this.workers ?? []) worker.terminate();
    this.workers = null;
    this.idle = [];
    for (const job of this.queue) job.reject(new Error('pool terminated'));
    this.queue = [];
  }
}

// ----- one runtime -----

function toBytes(data) {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError('file contents must be a string, a Uint8Array or an ArrayBuffer');
}

class Runtime {
  #inst; #rt; #pool = null; #poolSize; #channel; #timer = null; #state = 'idle';
  #resolve = null; #reject = null; #onEvent; #outputs; #scheduled = false; #inFlight = 0;

  constructor(inst, options) {
    this.#inst = inst;
    this.#onEvent = typeof options.onLoopEvent === 'function' ? options.onLoopEvent : null;
    this.#poolSize = options.poolSize ?? (Number(options.env?.UV_THREADPOOL_SIZE) || 4);
    const decoder = (callback) => {
      const d = new TextDecoder();
      return {
        write: (bytes) => { const s = d.decode(bytes, { stream: true }); if (s && callback) callback(s); },
        end: () => { const s = d.decode(); if (s && callback) callback(s); },
      };
    };
    this.#outputs = [decoder(options.stdout), decoder(options.stderr)];
    const env = Object.entries(options.env ?? {}).map(([k, v]) => [String(k), String(v)]);
    this.#rt = new inst.glue.WasmRuntime({
      cwd: options.cwd ?? '/home/user',
      args: (options.argv ?? []).map(String),
      env,
      poolSize: this.#poolSize,
      stdin: options.stdin,
      stdout: (bytes) => this.#outputs[0].write(bytes),
      stderr: (bytes) => this.#outputs[1].write(bytes),
      post: (id, kind, payload) => this.#post(id, kind, payload),
    });
    this.#channel = new MessageChannel();
    this.#channel.port1.onmessage = () => { this.#scheduled = false; this.#slice(); };
    for (const [path, data] of Object.entries(options.files ?? {})) this.writeFile(path, data);
  }

  #emit(event) {
    if (this.#onEvent) this.#onEvent(event);
  }

  #call(f) {
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
    if (!this.#pool) this.#pool = new WorkerPool(this.#poolSize, this.#inst.module);
    this.#inFlight += 1;
    this.#emit({ type: 'pool-start', id, kind });
    this.#pool.run(kind, payload).then(
      (result) => this.#completed(id, result),
      () => this.#completed(id, new Uint8Array(0)),
    );
  }

  #completed(id, result) {
    this.#inFlight -= 1;
    this.#emit({ type: 'pool-end', id });
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
    const started = performance.now();
    let result;
    try {
      result = this.#call(() => this.#rt.runSlice(SLICE_BUDGET_MS));
    } catch (error) {
      this.#finish(null, error);
      return;
    }
    this.#emit({ type: 'slice', ms: performance.now() - started, result });
    if (typeof result === 'object' && result !== null) {
      this.#finish(result.exit);
    } else if (result === -2) {
      this.#wake();
    } else if (result >= 0) {
      this.#timer = setTimeout(() => { this.#timer = null; this.#wake(); }, result);
    } // -1: only pool work is outstanding; a worker's reply wakes the loop
  }

  #finish(code, error) {
    this.#state = 'exited';
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    for (const o of this.#outputs) o.end();
    this.#pool?.terminate();
    this.#pool = null;
    if (error) this.#reject(error); else this.#resolve(code);
  }

  #begin(start) {
    if (this.#state !== 'idle') return Promise.reject(new Error('nodeboa: a runtime runs one program'));
    this.#state = 'running';
    return new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
      try {
        this.#call(start);
      } catch (error) {
        this.#finish(null, error);
        return;
      }
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

  /** Trap the wasm instance on purpose (tests of trap recovery). */
  __trap() { this.#call(() => this.#rt.__trap()); }

  get running() { return this.#state === 'running'; }

  cwd() { return this.#call(() => this.#rt.cwd()); }
  writeFile(path, data) { this.#call(() => this.#rt.writeFile(path, toBytes(data))); }
  readFile(path, encoding) {
    const bytes = this.#call(() => this.#rt.readFile(path));
    return encoding ? new TextDecoder().decode(bytes) : bytes;
  }
  mkdir(path) { this.#call(() => this.#rt.mkdir(path)); }
  remove(path) { this.#call(() => this.#rt.remove(path)); }
  exists(path) { return this.#call(() => this.#rt.kind(path)) !== null; }
  stat(path) { return { kind: this.#call(() => this.#rt.kind(path)) }; }
  readdir() {
    // NOTE: the VFS has no directory listing yet (the filesystem issue adds it).
    throw Object.assign(new Error('readdir is not available yet'), { code: 'ENOSYS' });
  }
}

/**
 * Create a runtime. Options: files ({ path: string | Uint8Array }), cwd, argv (after the
 * script), env, poolSize (default UV_THREADPOOL_SIZE or 4), stdout/stderr (string callbacks),
 * stdin (string | Uint8Array), onLoopEvent (off by default), wasmUrl.
 */
export async function createRuntime(options = {}) {
  const inst = await instance(options.wasmUrl);
  let rt;
  try {
    rt = new Runtime(inst, options);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
      inst.poisoned = true;
      throw new WasmTrapError(error);
    }
    throw error;
  }
  return rt;
}

/** Run a pool job directly on a fresh pool of `size` workers (benchmarks, tests). */
export async function createPool(size, options = {}) {
  const inst = await instance(options.wasmUrl);
  return new WorkerPool(size, inst.module);
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
