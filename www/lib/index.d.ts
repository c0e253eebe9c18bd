// TypeScript types of nodeboa's browser embed API (www/lib/index.js).

export interface RuntimeOptions {
  /** Files to preload into the VFS: path → contents. */
  files?: Record<string, string | Uint8Array>;
  /** The working directory (default `/home/user`). */
  cwd?: string;
  /** The arguments after the script (`process.argv.slice(2)`). */
  argv?: string[];
  env?: Record<string, string>;
  /** Web Workers in the thread pool (default `env.UV_THREADPOOL_SIZE` or 4). */
  poolSize?: number;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  stdin?: string | Uint8Array;
  /** The loop-event stream; off (and free) unless given. */
  onLoopEvent?: (event: LoopEvent) => void;
  /** Where the .wasm file is, if not beside index.js. */
  wasmUrl?: string;
}

export type LoopEvent =
  | { type: 'slice'; ms: number; result: number | { exit: number } }
  | { type: 'pool-start'; id: number; kind: number }
  | { type: 'pool-end'; id: number };

export interface Runtime {
  /** Run the main script at `entry` (a VFS path); resolves with the exit code. */
  run(entry: string): Promise<number>;
  /** Run `code` as `node -e`; resolves with the exit code. */
  runSnippet(code: string, options?: { print?: boolean }): Promise<number>;
  /** End the program at the next callback boundary. */
  stop(): void;
  readonly running: boolean;
  cwd(): string;
  writeFile(path: string, data: string | Uint8Array | ArrayBuffer): void;
  readFile(path: string): Uint8Array;
  readFile(path: string, encoding: 'utf8'): string;
  mkdir(path: string): void;
  remove(path: string): void;
  exists(path: string): boolean;
  stat(path: string): { kind: 'file' | 'directory' | null };
  readdir(path: string): string[];
}

export function createRuntime(options?: RuntimeOptions): Promise<Runtime>;

export class WasmTrapError extends Error {
  cause: unknown;
}

export class WorkerPool {
  constructor(size: number, module: WebAssembly.Module);
  readonly size: number;
  run(kind: number, payload: Uint8Array): Promise<Uint8Array>;
  terminate(): void;
}

export function createPool(size: number, options?: { wasmUrl?: string }): Promise<WorkerPool>;
export const PoolJobKind: { readonly BusyHash: 1; readonly SumBytes: 2 };
export function busyHashPayload(data: string | Uint8Array, rounds: number): Uint8Array;
