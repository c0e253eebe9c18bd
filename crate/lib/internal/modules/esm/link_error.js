'use strict';
// Node's wording for a failed ES module link. Boa reports a missing import as
// "could not find export `x`" without naming the module; Node says which module lacks it:
//   SyntaxError: The requested module './a.mjs' does not provide an export named 'x'
// and, for a CommonJS target, suggests the default import. To name the module we walk the
// graph from its root again, reading each file's import statements, and find the first
// statement whose target does not provide the name. This runs only after a link failed, so
// its cost is off the loading path. When the walk finds nothing (a form the scan does not
// read), Boa's error is kept as it is.

const { readFileUtf8 } = internalBinding('fs');

const IDENT = '[\\p{ID_Start}$_][\\p{ID_Continue}$\\u200c\\u200d]*';
const NAME = `(?:${IDENT}|'[^']*'|"[^"]*")`;
// `import a, { x as y } from 's'`, `import { x } from 's'`, `export { x as y } from 's'`.
const namedFromRe = new RegExp(
  `(?:^|[;}\\n])\\s*(import|export)\\s*(?:${IDENT}\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*(['"])([^'"]+)\\3`, 'gmu');
// `import x from 's'` and `import x, {..} from 's'`: a default import.
const defaultFromRe = new RegExp(`(?:^|[;}\\n])\\s*import\\s+(${IDENT})\\s*(?:,[^;]*?)?\\s*from\\s*(['"])([^'"]+)\\2`, 'gmu');
// Any static dependency, to keep walking: `from 's'` and bare `import 's'`.
const depRe = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^;'"]*?\sfrom\s*)?(['"])([^'"]+)\1/gm;
const exportDeclRe = new RegExp(
  `(?:^|[;}\\n])\\s*export\\s+(?:async\\s+)?(?:function\\s*\\*?|class|const|let|var)\\s*(${IDENT})`, 'gmu');
const exportListRe = new RegExp(`(?:^|[;}\\n])\\s*export\\s*\\{([^}]*)\\}(\\s*from\\s*(['"])([^'"]+)\\3)?`, 'gmu');
const exportStarRe = new RegExp(`(?:^|[;}\\n])\\s*export\\s*\\*\\s*(?:as\\s+(${NAME})\\s*)?from\\s*(['"])([^'"]+)\\2`, 'gmu');
const exportDefaultRe = /(?:^|[;}\n])\s*export\s+default\b/m;
// Further names of `export const a = 1, b = 2` (simple declarators only).
const moreDeclaratorsRe = new RegExp(`^\\s*export\\s+(?:const|let|var)\\s+([^;\\n]*)`, 'gmu');

function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\'"`])\/\/[^\n]*/g, '$1');
}

function unquote(name) {
  name = name.trim();
  return name[0] === "'" || name[0] === '"' ? name.slice(1, -1) : name;
}

// `a as b, c` → [[a, b], [c, c]]
function specifierList(text) {
  return text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const m = /^(.*?)\s+as\s+(.*)$/s.exec(s);
    return m ? [unquote(m[1]), unquote(m[2])] : [unquote(s), unquote(s)];
  });
}

function readModule(filename) {
  const source = readFileUtf8(filename);
  return typeof source === 'string' ? stripComments(source) : null;
}

// The names an ES module exports (following `export *`), or null when they cannot be read.
function esmExports(filename, resolveFormat, seen = new Set()) {
  if (seen.has(filename)) return new Set();
  seen.add(filename);
  const source = readModule(filename);
  if (source === null) return null;
  const names = new Set();
  let m;
  exportDeclRe.lastIndex = 0;
  while ((m = exportDeclRe.exec(source)) !== null) names.add(m[1]);
  moreDeclaratorsRe.lastIndex = 0;
  while ((m = moreDeclaratorsRe.exec(source)) !== null) {
    for (const part of m[1].split(',')) {
      const d = new RegExp(`^\\s*(${IDENT})\\s*(?:=|$)`, 'u').exec(part);
      if (d) names.add(d[1]);
    }
  }
  exportListRe.lastIndex = 0;
  while ((m = exportListRe.exec(source)) !== null) {
    for (const [, exported] of specifierList(m[1])) names.add(exported);
  }
  if (exportDefaultRe.test(source)) names.add('default');
  exportStarRe.lastIndex = 0;
  while ((m = exportStarRe.exec(source)) !== null) {
    if (m[1] !== undefined) {
      names.add(unquote(m[1]));
      continue;
    }
    const target = resolveFormat(m[3], filename);
    if (target === null) return null;
    const inner = target.format === 'module' ? esmExports(target.filename, resolveFormat, seen) : target.names;
    if (inner === null) return null;
    for (const name of inner) if (name !== 'default') names.add(name);
  }
  return names;
}

// Node's message for `name` missing from the module `specifier` resolved to `target`.
// `braces` is the statement's `{ ... }` as written (null for a default import): Node echoes it
// as a destructuring of the default import.
function missingExportMessage(specifier, name, target, braces) {
  if (target.format === 'commonjs') {
    const destructuring = braces === null ? '' :
      `const ${braces.replace(/\s+/g, ' ').replace(/\sas\s/g, ': ')} = pkg;\n`;
    return `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
      'which may not support all module.exports as named exports.\nCommonJS modules can always be imported ' +
      `via the default export, for example using:\n\nimport pkg from '${specifier}';\n${destructuring}`;
  }
  return `The requested module '${specifier}' does not provide an export named '${name}'`;
}

/**
 * Rewrites Boa's link error `err` for the graph rooted at `root` in Node's words.
 * `resolveFormat(specifier, parentFile)` gives `{ format, filename, names }` or null.
 */
function explainLinkError(err, root, resolveFormat) {
  if (!(err instanceof SyntaxError)) return err;
  const m = /^could not (?:find|resolve ambiguous) export `(.*)`$/s.exec(err.message);
  if (!m) return err;
  const name = m[1];
  const queue = [root];
  const visited = new Set(queue);
  const exportsCache = new Map();
  while (queue.length > 0) {
    const file = queue.shift();
    const source = readModule(file);
    if (source === null) continue;
    const found = [];
    let s;
    namedFromRe.lastIndex = 0;
    while ((s = namedFromRe.exec(source)) !== null) {
      for (const [imported] of specifierList(s[2])) {
        if (imported === name) found.push([s[4], `{${s[2]}}`]);
      }
    }
    if (name === 'default') {
      defaultFromRe.lastIndex = 0;
      while ((s = defaultFromRe.exec(source)) !== null) found.push([s[3], null]);
    }
    for (const [specifier, braces] of found) {
      const target = resolveFormat(specifier, file);
      if (target === null) continue;
      let names = target.names;
      if (target.format === 'module') {
        if (!exportsCache.has(target.filename)) exportsCache.set(target.filename, esmExports(target.filename, resolveFormat));
        names = exportsCache.get(target.filename);
      }
      if (names === null || names === undefined) continue;
      if (!new Set(names).has(name)) {
        return new SyntaxError(missingExportMessage(specifier, name, target, braces));
      }
    }
    depRe.lastIndex = 0;
    while ((s = depRe.exec(source)) !== null) {
      const target = resolveFormat(s[2], file);
      if (target !== null && target.format === 'module' && !visited.has(target.filename)) {
        visited.add(target.filename);
        queue.push(target.filename);
      }
    }
  }
  return err;
}

module.exports = { explainLinkError };
