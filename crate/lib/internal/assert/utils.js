// internal/assert/utils: finds the source text of a failing `assert(...)` / `assert.ok(...)`
// call from the caller's stack frame, for "The expression evaluated to a falsy value" messages.
'use strict';

const fsBinding = internalBinding('fs');

const sourceCache = new Map();

// NOTE: a user module is compiled inside a function wrapper that shares its first line, so Boa's
// columns on line 1 count the wrapper too. Its length is fixed by the CommonJS loader's params.
const kWrapperPrefixLength = '(function (exports, require, module, __filename, __dirname) {'.length;

// The first stack frame outside the built-in library: { file, line, column } (1-based).
function callerLocation() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return undefined;
  for (const raw of stack.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('at ')) continue;
    const m = /\(?([^()]*):(\d+):(\d+)\)?$/.exec(line);
    if (!m) continue;
    const file = m[1].replace(/^at /, '');
    if (file.startsWith('node:') || file === 'native' || !file.startsWith('/')) continue;
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

function readSource(file) {
  if (sourceCache.has(file)) return sourceCache.get(file);
  let text;
  try {
    text = fsBinding.readFileUtf8(file);
  } catch {
    text = undefined;
  }
  if (typeof text !== 'string') text = undefined;
  sourceCache.set(file, text);
  return text;
}

const isIdentChar = (c) => c !== undefined && /[\w$.]/.test(c);

// From `start` (an opening parenthesis), the index just past its matching closing one.
function matchParen(src, start) {
  let depth = 0;
  let quote = null;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

// The call expression at `line:column` of `src`, or undefined when it cannot be found.
function callExpressionAt(src, line, column) {
  const lines = src.split('\n');
  if (line < 1 || line > lines.length) return undefined;
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
  let pos = offset + column - 1;
  // The frame may point at the callee or at the opening parenthesis: back up to the callee.
  while (pos > offset && src[pos] !== '(' && isIdentChar(src[pos])) pos--;
  if (src[pos] !== '(' && !isIdentChar(src[pos])) pos++;
  let open = pos;
  while (open < src.length && isIdentChar(src[open])) open++;
  while (open < src.length && /\s/.test(src[open])) open++;
  if (src[open] !== '(') return undefined;
  let start = open - 1;
  while (start >= offset && /\s/.test(src[start])) start--;
  while (start >= offset && isIdentChar(src[start])) start--;
  start++;
  const end = matchParen(src, open);
  if (end < 0) return undefined;
  return { code: src.slice(start, end), column: start - offset };
}

// The "falsy value" message for the assertion call that is running, or undefined.
function falsyMessage() {
  const where = callerLocation();
  if (where === undefined) return undefined;
  const src = readSource(where.file);
  if (src === undefined) return undefined;
  let column = where.column;
  if (where.line === 1 && column > kWrapperPrefixLength) column -= kWrapperPrefixLength;
  const found = callExpressionAt(src.replace(/\r\n/g, '\n'), where.line, column);
  if (found === undefined) return undefined;
  const [first, ...rest] = found.code.split('\n');
  let code = first;
  for (const frame of rest) {
    let pos = 0;
    while (pos < found.column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
    code += `\n  ${frame.slice(pos)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

module.exports = { falsyMessage };
