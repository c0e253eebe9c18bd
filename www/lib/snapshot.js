// Heap snapshots of a booted runtime: the wasm instance's memory, copied once a runtime's
// bootstrap has run, and copied back into a fresh instance of the same module instead of running
// the bootstrap again. Ships in the npm package beside index.js, which uses it.
//
// How and why:
// - Creating a runtime is mostly Boa parsing, compiling and running ~130 KB of library
//   JavaScript (100–130 ms in a page), and Boa has no snapshot or code cache of its own. But
//   everything a booted runtime is lives in the instance's linear memory: Boa's heap, the event
//   loop, the VFS, the allocator's own state. A byte copy of that memory, put into a fresh
//   instance of the same module, is the same booted runtime (the approach of Wizer and of V8's
//   startup snapshots), for the cost of copying the ~3 MB the bootstrap changed.
// - What must hold for the copy to be exact:
//   - the bootstrap reads nothing of the embedder's options: the runtime is configured after it
//     (crate/src/runtime.rs `Runtime::configure`), so one snapshot serves every runtime;
//   - nothing of the page is held by the runtime when it is copied: Rust stashes it
//     (`WasmRuntime.stash()`), the page's callbacks are attached only by `configure`, and the
//     few page objects Rust caches (globalThis, performance) are recorded by name and put back
//     into the fresh instance's externref table at the same slots; any other live page object
//     makes `capture` refuse (null);
//   - no call into the instance is in flight (the stack is dead, and its pointer is back at its
//     base); the table is grown to the same length, since the allocator of its slots lives in the
//     copied memory;
//   - the same module: a snapshot carries the build id that scripts/build-wasm.sh writes into the
//     module's `nodeboa_build` custom section, and is used only with a module that has it.
// - Only the 4 KiB pages that differ from the fresh instance's are kept: a fresh instance of the
//   same module starts out the same (data segments, then wasm-bindgen's start function), so
//   those are all a restore must write (a booted instance is ~38 MB, ~5 MB of it not zero, and
//   ~2.7 MB of that changed by the bootstrap).
// - Persistence: a page keeps its snapshot in memory for the instances it creates later (after a
//   trap), and in the Cache API under the wasm's URL, so that the next page load restores
//   instead of booting. Reading it there runs alongside the wasm's own load.

const MAGIC = 0x3153424e; // "NBS1"
const PAGE = 4096;
const WASM_PAGE = 65536;
// The page objects Rust may hold when a snapshot is taken, by the index a snapshot records.
const PAGE_OBJECTS = [() => globalThis, () => globalThis.performance, () => globalThis.crypto];
// wasm-bindgen's externref table: below this, the stack of borrowed references; at it, the
// constants (undefined, null, true, false) its start function puts there.
const HEAP_BASE = 1024;
const CACHE_NAME = 'nodeboa-heap-snapshots';
// Pages compared between two pauses of `capture` (4 MB).
const PAGES_PER_PAUSE = 1024;

/** The build id of a compiled module (`nodeboa_build` custom section), or null. */
export function buildIdOf(module) {
  const [section] = WebAssembly.Module.customSections(module, 'nodeboa_build');
  return section ? new TextDecoder().decode(section) : null;
}

/** A copy of a fresh instance's memory, as instantiated (its data segments): what `capture` compares with. */
export function pristineCopy(memory) {
  return new Uint8Array(memory.buffer.slice(0));
}

// True when the 4 KiB page at `index` of `words` (Uint32Arrays) differs from `before` (which
// may be shorter: past its end, memory was zero).
function pageChanged(words, before, index) {
  const start = index * (PAGE / 4);
  const end = start + PAGE / 4;
  if (start >= before.length) {
    for (let i = start; i < end; i++) if (words[i] !== 0) return true;
    return false;
  }
  for (let i = start; i < end; i++) if (words[i] !== before[i]) return true;
  return false;
}

/**
 * The snapshot of an instance (`exports`: memory and `__wbindgen_externrefs`) with no call in
 * flight, whose fresh memory was `pristine` (pristineCopy): a Uint8Array, or null when a page
 * object other than the known ones is held in its externref table. `pause()` is awaited every
 * few MB (the page's thread given back: comparing ~40 MB takes tens of ms); nothing may run in
 * the instance meanwhile.
 */
export async function capture(exports, pristine, buildId, pause = async () => {}) {
  const table = exports.__wbindgen_externrefs;
  const slots = [];
  // Below HEAP_BASE only borrowed references of calls that have returned: dead.
  for (let i = HEAP_BASE + 4; i < table.length; i++) {
    const value = table.get(i);
    if (value === undefined || value === null) continue;
    const kind = PAGE_OBJECTS.findIndex((get) => get() === value);
    if (kind < 0) return null;
    slots.push(i, kind);
  }
  const bytes = new Uint8Array(exports.memory.buffer);
  const words = new Uint32Array(exports.memory.buffer);
  const before = new Uint32Array(pristine.buffer, pristine.byteOffset, pristine.byteLength / 4);
  const runs = [];
  let kept = 0;
  for (let p = 0; p < words.length / (PAGE / 4); p++) {
    if (p % PAGES_PER_PAUSE === PAGES_PER_PAUSE - 1) await pause();
    if (!pageChanged(words, before, p)) continue;
    const last = runs.length - 2;
    if (last >= 0 && runs[last] + runs[last + 1] === p) runs[last + 1] += 1;
    else runs.push(p, 1);
    kept += 1;
  }
  const id = new TextEncoder().encode(buildId);
  const idWords = Math.ceil(id.length / 4);
  const header = [MAGIC, id.length, ...new Uint32Array(idWords), bytes.length / WASM_PAGE, table.length,
    slots.length / 2, ...slots, runs.length / 2, ...runs];
  const out = new Uint8Array(header.length * 4 + kept * PAGE);
  const head = new Uint32Array(out.buffer, 0, header.length);
  head.set(header);
  out.set(id, 8);
  let at = header.length * 4;
  for (let r = 0; r < runs.length; r += 2) {
    const length = runs[r + 1] * PAGE;
    out.set(bytes.subarray(runs[r] * PAGE, runs[r] * PAGE + length), at);
    at += length;
  }
  return out;
}

/**
 * Copy `snapshot` into a fresh instance (`exports`) of the module whose build id is `buildId`.
 * False, with the instance untouched, when the snapshot is not of that module.
 */
export function restore(exports, snapshot, buildId) {
  const words = new Uint32Array(snapshot.buffer, snapshot.byteOffset, Math.floor(snapshot.byteLength / 4));
  if (words[0] !== MAGIC) return false;
  const idLength = words[1];
  const id = new TextDecoder().decode(snapshot.subarray(8, 8 + idLength));
  if (id !== buildId) return false;
  let at = 2 + Math.ceil(idLength / 4);
  const memoryPages = words[at++];
  const tableLength = words[at++];
  const slotCount = words[at++];
  const slots = words.subarray(at, at + 2 * slotCount);
  at += 2 * slotCount;
  const runCount = words[at++];
  const runs = words.subarray(at, at + 2 * runCount);
  at += 2 * runCount;
  const { memory } = exports;
  const table = exports.__wbindgen_externrefs;
  if (memory.buffer.byteLength > memoryPages * WASM_PAGE || table.length > tableLength) return false;
  memory.grow(memoryPages - memory.buffer.byteLength / WASM_PAGE);
  table.grow(tableLength - table.length);
  for (let s = 0; s < slots.length; s += 2) table.set(slots[s], PAGE_OBJECTS[slots[s + 1]]());
  const bytes = new Uint8Array(memory.buffer);
  let from = at * 4;
  for (let r = 0; r < runs.length; r += 2) {
    const length = runs[r + 1] * PAGE;
    bytes.set(snapshot.subarray(from, from + length), runs[r] * PAGE);
    from += length;
  }
  return true;
}

const cacheKey = (wasmUrl) => `${wasmUrl}.heap-snapshot`;

/** The snapshot saved for the wasm at `wasmUrl`, or null (none, or no Cache API here). */
export async function load(wasmUrl) {
  try {
    const cache = await globalThis.caches?.open(CACHE_NAME);
    const response = await cache?.match(cacheKey(wasmUrl));
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/** Save `snapshot` for the wasm at `wasmUrl` (quietly nothing where the Cache API is missing). */
export async function save(wasmUrl, snapshot) {
  try {
    const cache = await globalThis.caches?.open(CACHE_NAME);
    await cache?.put(cacheKey(wasmUrl), new Response(snapshot, { headers: { 'content-type': 'application/octet-stream' } }));
  } catch {
    // Quota, or an opaque origin: the next load boots instead.
  }
}
