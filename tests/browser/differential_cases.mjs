// Shared by the browser test runner (run.mjs) and the conformance report (conformance.mjs): the
// differential cases and their directives, read as tests/differential.rs reads them, and running
// one program in the harness page through the npm package.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function unescape(s) {
  return s.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
export function directives(source) {
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
// The command that runs `program script args` for an expected output, with the standard streams
// tests/differential.rs gives it: stdout, stderr and (with a `stdin:` directive, `hasStdin`) stdin
// are real pipes, stdin is /dev/null otherwise. A node parent gives its child socketpairs, which
// fstat as sockets and cannot be opened as /dev/stdout. `set -o pipefail` keeps the exit code.
export function hostCommand(program, script, args, hasStdin) {
  const stdin = hasStdin ? '< <(cat)' : '< /dev/null';
  return ['bash', ['-c', `set -o pipefail; "$0" "$@" ${stdin} 2> >(cat >&2) | cat`, program, script, ...args]];
}

// The case names of tests/differential/KNOWN_FAILURES.txt (`<name>  <reason>` lines, `#` comments).
export function knownFailures() {
  const text = fs.readFileSync(path.join(ROOT, 'tests/differential/KNOWN_FAILURES.txt'), 'utf8');
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/)[0]));
}

export function cases(suite) {
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
// The files and symbolic links under `dir`, as createRuntime's `files` and `symlinks` options
// (a link is preloaded as a link, not as the file it points to).
export function treeUnder(dir, tree = { files: {}, symlinks: {} }) {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) tree.symlinks[p] = fs.readlinkSync(p);
    else if (st.isDirectory()) treeUnder(p, tree);
    else tree.files[p] = fs.readFileSync(p, 'utf8');
  }
  return tree;
}

// Run a program in the page through the npm package; stdout and the exit code.
export async function runInPage(page, options, entry) {
  return page.evaluate(async ({ options, entry }) => {
    let stdout = '';
    let rt = null;
    let timer;
    try {
      rt = await window.nodeboa.createRuntime({ ...options, stdout: (t) => { stdout += t; } });
      const running = rt.run(entry);
      running.catch(() => {}); // freed after a timeout: that rejection is expected
      const code = await Promise.race([
        running,
        new Promise((resolve) => { timer = setTimeout(() => { rt.stop(); resolve('timeout'); }, 10000); }),
      ]);
      return { stdout, code };
    } catch (error) {
      return { stdout, code: null, error: `${error.name}: ${error.message}` };
    } finally {
      clearTimeout(timer);
      // Each case gets a fresh runtime; freeing it keeps the page's wasm memory flat.
      try { rt?.free(); } catch { /* a trapped instance is abandoned whole */ }
    }
  }, { options, entry });
}
