// TypeScript types of nodeboa's browser embed API (www/lib/index.js).

export interface RuntimeOptions {
  /** Files to preload into the VFS: path → contents (parents are created). */
  files?: Record<string, string | Uint8Array>;
  /** Symbolic links to preload, after the files: `{ linkPath: target }`. */
  symlinks?: Record<string, string>;
  /**
   * A read-only layer under the VFS, mounted at `mount` (default `/`): its files appear in the
   * VFS and are copied up when first read; writes never reach it. One of:
   * - `archive`: a tar archive, gzipped or not (e.g. from `exportSnapshot`);
   * - `baseUrl`: files fetched on demand (synchronous XHR, once per path) from `baseUrl + '/' +
   *   path`; `paths` lists every file (relative to the mount) so that existence and directory
   *   listings need no network; without it a directory `d` is asked for as `d/`, and a
   *   `text/plain` answer lists its names, one per line;
   * - `fetch(path)`: your own synchronous source: the bytes of `path` (mount included), or
   *   `null`; for `path` ending in `/`, its listing (names, one per line) or `null`.
   */
  lower?: { mount?: string } & (
    | { archive: Uint8Array | ArrayBuffer }
    | { baseUrl: string; paths?: string[] }
    | { fetch: (path: string) => Uint8Array | null | undefined }
  );
  /** The working directory (default `/home/user`). */
  cwd?: string;
  /** The arguments after the script (`process.argv.slice(2)`). */
  argv?: string[];
  /** `process.env`. `UV_THREADPOOL_SIZE` sizes the worker pool, as in libuv. */
  env?: Record<string, string>;
  /**
   * Web Workers in the thread pool. Default: `env.UV_THREADPOOL_SIZE` read as libuv does
   * (0 or garbage → 1, at most 1024), else 4. Workers start when guest code first uses the pool.
   */
  poolSize?: number;
  /** Decoded UTF-8 text of the guest's stdout, chunk by chunk. */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** The whole of standard input, given up front; the guest then sees its end. Default: empty. */
  stdin?: string | Uint8Array | ArrayBuffer;
  /**
   * The loop-event stream, one call per event; events are delivered in time order once per
   * loop slice (after it). Off, and free, unless given.
   */
  onLoopEvent?: (event: LoopEvent) => void;
  /** The same stream, one call per slice with that slice's events (the last is the `slice`). */
  onLoopEvents?: (events: LoopEvent[]) => void;
  /** Where the .wasm file is, if not beside index.js. */
  wasmUrl?: string;
  /**
   * Heap snapshots (default true): the page's first wasm instance is restored from the snapshot
   * an earlier page load saved (Cache API), or snapshots its first runtime once booted, for the
   * next load and for instances made after a trap. Applies when the instance is made.
   */
  heapSnapshot?: boolean;
}

/** The loop's phases, in libuv's order. */
export type LoopPhase = 'timers' | 'pending' | 'poll' | 'check' | 'close';

/** What the visualizer sees. `time` is the page's `performance.now()` in ms. */
export type LoopEvent =
  /** A phase began; the queue sizes at that moment (`requests`: pool work in flight). */
  | { type: 'phase'; phase: LoopPhase; timers: number; immediates: number; ticks: number; requests: number; time: number }
  /** A callback of `phase` is about to run (`null`: outside the phases, e.g. the main script). */
  | { type: 'callback'; phase: LoopPhase | null; time: number }
  /** Pool work `id` was submitted (fs, crypto, zlib, ...). */
  | { type: 'pool-job-start'; id: number; time: number }
  /** Pool work `id`'s completion was taken in the poll phase; its callback runs now. */
  | { type: 'pool-job-end'; id: number; time: number }
  /** Pool job `id` (of `kind`) was handed to worker number `worker`. */
  | { type: 'worker-start'; id: number; kind: number; worker: number; time: number }
  /** Worker `worker` finished job `id`; it ran from `start` to `end` (page time, ms). */
  | { type: 'worker-end'; id: number; worker: number; start: number | null; end: number | null; time: number }
  /** More events than the buffer holds happened in one slice; `count` were dropped. */
  | { type: 'dropped'; count: number; time: number }
  /**
   * One slice of the loop ended after `ms`: `result` is -2 (more work ready), -1 (waiting for
   * the pool), the ms to the next timer, or `{ exit }`.
   */
  | { type: 'slice'; ms: number; result: number | { exit: number }; time: number };

/** Node's encoding names, for strings in and out of the VFS. */
export type Encoding =
  | 'utf8' | 'utf-8' | 'latin1' | 'binary' | 'ascii' | 'base64' | 'base64url' | 'hex'
  | 'utf16le' | 'utf-16le' | 'ucs2' | 'ucs-2';

/** `charDevice`: `/dev/null`, `/dev/zero`; `fifo`: the standard streams (`/proc/self/fd/0`–`2`). */
export type FileType = 'file' | 'directory' | 'symlink' | 'charDevice' | 'fifo';

/** A directory entry, shaped like Node's `fs.Dirent`. */
export interface Dirent {
  name: string;
  parentPath: string;
  type: FileType;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface FileStat {
  type: FileType;
  size: number;
  mode: number;
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * VFS errors are `Error`s with Node's fields: `code` ('ENOENT', 'ENOTDIR', 'EEXIST',
 * 'ENOTEMPTY', ...), `errno`, `syscall`, `path`. An unknown encoding throws a TypeError with
 * code 'ERR_UNKNOWN_ENCODING'. Any call on a freed runtime throws code 'ERR_RUNTIME_FREED'.
 */
export interface Runtime {
  /** Run the main script at `entry` (a VFS path, relative to cwd); resolves with the exit code. */
  run(entry: string): Promise<number>;
  /** Run `code` as `node -e` (`print`: as `node -p`); resolves with the exit code. */
  runSnippet(code: string, options?: { print?: boolean }): Promise<number>;
  /** End the program at the next callback boundary. */
  stop(): void;
  /**
   * Release the runtime: its wasm-side state (heap, VFS), workers and timers. A program still
   * running is stopped and its `run()` rejects with code 'ERR_RUNTIME_FREED'. Idempotent.
   */
  free(): void;
  [Symbol.dispose](): void;
  readonly running: boolean;
  readonly freed: boolean;
  /** Web Workers in this runtime's pool. */
  readonly poolSize: number;
  cwd(): string;
  /** Write a file, creating its parent directories; strings encoded with `encoding` (utf8). */
  writeFile(path: string, data: string | Uint8Array | ArrayBuffer | ArrayBufferView,
    options?: Encoding | { encoding?: Encoding }): void;
  readFile(path: string): Uint8Array;
  readFile(path: string, options: Encoding | { encoding: Encoding }): string;
  /** `fs.symlinkSync(target, path)`: a symbolic link at `path` (parents created) to `target`. */
  symlink(target: string, path: string): void;
  /** `mkdir`; `recursive` makes the parents and accepts an existing directory. */
  mkdir(path: string, options?: { recursive?: boolean }): void;
  /** Remove a file, symlink or empty directory; `recursive`: a whole tree; `force`: no ENOENT. */
  remove(path: string, options?: { recursive?: boolean; force?: boolean }): void;
  /** The names in a directory, sorted. */
  readdir(path: string): string[];
  readdir(path: string, options: { withFileTypes: true }): Dirent[];
  readdir(path: string, options?: { withFileTypes?: boolean }): string[] | Dirent[];
  exists(path: string): boolean;
  /** Symlinks followed; throws ENOENT when nothing is there. */
  stat(path: string): FileStat;
  /** A final symlink described itself. */
  lstat(path: string): FileStat;
  /**
   * The VFS's in-memory layer as a tar archive (directories, files, symlinks, hard links, modes,
   * mtimes in whole seconds).
   */
  exportSnapshot(): Uint8Array;
  /**
   * Unpack a tar archive (gzipped or not; e.g. from `exportSnapshot`) into the VFS, replacing
   * files of the same names. Throws EINVAL for bytes that are not a tar archive.
   */
  importSnapshot(bytes: Uint8Array | ArrayBuffer): void;
}

export function createRuntime(options?: RuntimeOptions): Promise<Runtime>;

/** Bytes of linear memory of the live (not freed) runtimes' wasm instances (one each). */
export function wasmMemoryBytes(): number;
/**
 * The page's heap snapshot: its size (0: none), whether the current instance was restored from
 * it, and when the one taken in this page has been saved for the next load.
 */
export function heapSnapshotInfo(): { bytes: number; restored: boolean; saved: Promise<void> };
/**
 * Fetch, compile and instantiate the wasm now (createRuntime does it on first use). `wasm`: its
 * URL (default: the package's), a Response, a compiled module, or a promise of one of these, e.g.
 * a `WebAssembly.compileStreaming(fetch(url))` the page started in its `<head>`.
 */
export function preload(
  wasm?: string | URL | Response | WebAssembly.Module | Promise<string | URL | Response | WebAssembly.Module | null>,
  /**
   * `heapSnapshot`: false to boot every runtime; or a promise of the saved snapshot's bytes, read
   * by the page in its `<head>` (package README, "Heap snapshots").
   */
  options?: { heapSnapshot?: boolean | Promise<ArrayBuffer | Uint8Array | null | undefined> },
): Promise<void>;

export class WasmTrapError extends Error {
  cause: unknown;
}

export interface WorkerPoolObserver {
  started(tag: unknown, worker: number): void;
  finished(tag: unknown, worker: number, span: [number, number] | undefined): void;
}

/** N Web Workers running the wasm module; FIFO queue; payloads and results transferred. */
export class WorkerPool {
  constructor(size: number, module: WebAssembly.Module,
    options?: { glueUrl?: string; workerUrl?: string | URL; observer?: WorkerPoolObserver | null });
  readonly size: number;
  /** `[start, end]` (absolute ms) of each finished job, in completion order. */
  readonly spans: Array<[number, number]>;
  /** Jobs each worker has run. */
  readonly jobsPerWorker: number[];
  /** Run a job; `payload`'s buffer is transferred (copied first if it is a view of a larger one). */
  run(kind: number, payload: Uint8Array, tag?: unknown): Promise<Uint8Array>;
  terminate(): void;
}

export function createPool(size: number, options?: { wasmUrl?: string }): Promise<WorkerPool>;
export const PoolJobKind: { readonly BusyHash: 1; readonly SumBytes: 2 };
export function busyHashPayload(data: string | Uint8Array, rounds: number): Uint8Array;
