// Turn wasm-bindgen's glue (--target web) into a factory: `createBindings()` returns a fresh set
// of bindings (WasmRuntime, runPoolJob, initSync, default) with their own wasm instance.
// wasm-bindgen's glue keeps one instance in module-level variables, and a module record is never
// collected; the package gives every runtime its own instance (www/lib/index.js), so that a freed
// runtime's memory goes with it, and needs the glue's state per instance, not per module.
// Usage: node scripts/glue-factory.mjs DIR NAME   (rewrites DIR/NAME.js and DIR/NAME.d.ts)
import fs from 'node:fs';
import path from 'node:path';

const [dir, name] = process.argv.slice(2);
const EXPECTED = ['WasmRuntime', 'runPoolJob', 'initSync', 'default'];

const jsFile = path.join(dir, `${name}.js`);
const exported = [];
let body = fs.readFileSync(jsFile, 'utf8').split('\n').map((line) => {
  let m = line.match(/^export (class|function) (\w+)/);
  if (m) { exported.push(m[2]); return line.slice('export '.length); }
  m = line.match(/^export \{ initSync, __wbg_init as default \};$/);
  if (m) { exported.push('initSync', 'default'); return ''; }
  if (/^export\b/.test(line)) throw new Error(`glue-factory: an export it does not know: ${line}`);
  return line;
});
if (exported.sort().join() !== [...EXPECTED].sort().join()) {
  throw new Error(`glue-factory: the glue exports ${exported.join(', ')}, not ${EXPECTED.join(', ')}`);
}
const header = body[0].startsWith('/* @ts-self-types') ? body.shift() : '';
fs.writeFileSync(jsFile, `${header}
// wasm-bindgen's glue, wrapped by scripts/glue-factory.mjs: each createBindings() has its own
// instance (call its default(...) or initSync(...) to make it).
export function createBindings() {
${body.join('\n')}
return { WasmRuntime, runPoolJob, initSync, default: __wbg_init };
}
`);

const dtsFile = path.join(dir, `${name}.d.ts`);
const dts = fs.readFileSync(dtsFile, 'utf8')
  .replace(/^export class /m, 'declare class ')
  .replace(/^export function runPoolJob/m, 'declare function runPoolJob')
  .replace(/^export function initSync/m, 'declare function initSync')
  .replace(/^export default function __wbg_init/m, 'declare function __wbg_init');
fs.writeFileSync(dtsFile, `${dts}
/** A fresh set of bindings with its own wasm instance (scripts/glue-factory.mjs). */
export function createBindings(): {
  WasmRuntime: typeof WasmRuntime;
  runPoolJob: typeof runPoolJob;
  initSync: typeof initSync;
  default: typeof __wbg_init;
};
`);
