'use strict';
// internal/dotenv: the `.env` format behind `util.parseEnv(content)` and
// `process.loadEnvFile(path)`, parsed as Node 20 parses it (checked against `node` by
// tests/differential/util/parse_env*.js), quirks included:
// - `\r` is dropped everywhere before parsing, so `A=1\rB=2` is one value, `1B=2`;
// - a key is whatever precedes the next `=`, newlines included (a line with no `=` joins the next
//   line's key), trimmed of spaces (not tabs), with one `export ` prefix removed;
// - an empty key ends the parse;
// - a value quoted with `'`, `"` or `` ` `` ends at the next same quote, newlines included, and
//   the rest of its line is skipped; only `"` values expand `\n`. A quote that never closes keeps
//   its line, quote included, as the value (none at all on the last line);
// - an unquoted value ends at the line's end or its first `#`, trimmed of spaces;
// - entries come out sorted by key (Node keeps them in a std::map), the last of a key winning.

// Spaces only, as Node trims: tabs are kept.
function trimSpaces(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start += 1;
  while (end > start && s[end - 1] === ' ') end -= 1;
  return s.slice(start, end);
}

// The rest of `content` after the first newline at or after `from`, or '' without one.
function afterLine(content, from) {
  const newline = content.indexOf('\n', from);
  return newline === -1 ? '' : content.slice(newline + 1);
}

// The entries of `.env` text, as a Map in parse order (later keys replace earlier ones).
function parseEntries(input) {
  const store = new Map();
  let content = trimSpaces(input.replaceAll('\r', ''));
  while (content !== '') {
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      if (newline !== -1) {
        content = content.slice(newline + 1);
        continue;
      }
    }
    const equal = content.indexOf('=');
    if (equal === -1) break;
    const rawKey = content.slice(0, equal);
    let key = trimSpaces(rawKey);
    // Node's trim steps one byte back out of a key of spaces only, and keeps that byte: the
    // newline before the key's line.
    if (key === '' && rawKey !== '') key = '\n';
    content = content.slice(equal + 1);
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (content === '' || content[0] === '\n') {
      store.set(key, '');
      continue;
    }
    content = trimSpaces(content);
    if (content === '') {
      store.set(key, '');
      break;
    }
    const quote = content[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const closing = content.indexOf(quote, 1);
      if (closing === -1) {
        // Unclosed: the line, quote and all. When no line follows, nothing: the value's text is
        // parsed again as the next key's.
        const newline = content.indexOf('\n');
        if (newline === -1) continue;
        store.set(key, content.slice(0, newline));
        content = content.slice(newline);
        continue;
      }
      let value = content.slice(1, closing);
      if (quote === '"') value = value.replaceAll('\\n', '\n');
      store.set(key, value);
      content = afterLine(content, closing + 1);
      continue;
    }
    const newline = content.indexOf('\n');
    let value = newline === -1 ? content : content.slice(0, newline);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    store.set(key, trimSpaces(value));
    content = newline === -1 ? '' : content.slice(newline + 1);
  }
  return store;
}

// Code point order, which is the UTF-8 byte order Node's std::map sorts keys in.
function compareKeys(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

// The keys of parsed entries in Node's order (its std::map's).
function sortedKeys(store) {
  return [...store.keys()].sort(compareKeys);
}

// `.env` text as Node returns it: its entries in key order, set one by one on a plain object
// (so a `__proto__` key is the prototype setter's, as in Node).
function parseEnv(content) {
  const store = parseEntries(content.toWellFormed());
  const result = {};
  for (const key of sortedKeys(store)) result[key] = store.get(key);
  return result;
}

// process.loadEnvFile(path = './.env'): sets the file's entries that `env` does not hold yet.
// Opening fails as fs does (ENOENT, syscall 'open'); a file that cannot be read as text (a
// directory) is Node's C++ ERR_INVALID_ARG_TYPE.
function loadEnvFile(env, path) {
  const fs = require('fs');
  const file = path != null ? require('internal/fs/utils').getValidatedPath(path) : '.env';
  const fd = fs.openSync(file, 'r');
  let text;
  try {
    text = fs.readFileSync(fd, 'utf8');
  } catch {
    throw require('internal/errors').cppError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `Contents of '${file}' should be a valid string.`);
  } finally {
    fs.closeSync(fd);
  }
  const store = parseEntries(text);
  for (const key of sortedKeys(store)) {
    if (!Object.prototype.hasOwnProperty.call(env, key)) env[key] = store.get(key);
  }
}

module.exports = { parseEnv, loadEnvFile };
