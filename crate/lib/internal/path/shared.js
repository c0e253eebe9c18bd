// internal/path/shared: the pieces `path.posix` and `path.win32` share (separators, segment
// normalisation, last-component scans, basename and format).
'use strict';

const { validateObject } = require('internal/validators');

// The POSIX form runs natively (bindings/path.rs); the JS below stays the reference.
const pathBinding = internalBinding('path');

const SLASH = '/';
const BACKSLASH = '\\';

function isPosixSep(ch) {
  return ch === SLASH;
}

function isWinSep(ch) {
  return ch === SLASH || ch === BACKSLASH;
}

function isAsciiLetter(ch) {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// `X:` at the very start of `path` (a drive letter followed by a colon).
function hasDriveAt0(path) {
  return path.length >= 2 && isAsciiLetter(path[0]) && path[1] === ':';
}

function getCwd() {
  return process.cwd();
}

// Collapse `.`/`..`/empty segments of a root-less path. `..` that would climb above the start is
// kept when `allowAboveRoot` (relative paths) and dropped otherwise (absolute paths).
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  if (isSep === isPosixSep) return pathBinding.normalizeSegments(path, allowAboveRoot);
  const out = [];
  let segStart = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path[i])) continue;
    const seg = path.slice(segStart, i);
    segStart = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// Shared scan of the last path component of `path[from..]`: where it starts and ends (trailing
// separators excluded) and where its extension begins (-1 when it has none).
function lastComponent(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  let start = end;
  while (start > from && !isSep(path[start - 1])) start--;
  let dot = -1;
  if (end > start) {
    const seg = path.slice(start, end);
    const d = seg.lastIndexOf('.');
    if (d > 0 && seg !== '..') dot = start + d;
  }
  return { start, end, dot };
}


// Last component of `path[from..]`, minus `suffix` when it ends with it (Node keeps a few quirks:
// a suffix equal to the whole path yields '', and a suffix that only partly overlaps a component
// shorter than itself leaves the trailing separators in place).
function basenameImpl(path, suffix, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  let start = end;
  while (start > from && !isSep(path[start - 1])) start--;
  if (end === from) {
    // Nothing but separators (or empty).
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length &&
        suffix !== path) {
      return path.slice(from);
    }
    return '';
  }
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return path.slice(start, end);
  }
  if (suffix === path) return '';
  const base = path.slice(start, end);
  if (base.length >= suffix.length) {
    if (base.endsWith(suffix)) {
      return base.length === suffix.length ? base : base.slice(0, base.length - suffix.length);
    }
    return base;
  }
  // The component is shorter than the suffix: either a mismatch (plain component) or the whole
  // component matched the suffix's tail (component plus any trailing separators).
  if (suffix.endsWith(base)) return path.slice(start);
  return base;
}

// `format` is exposed bound to its separator (Node's own is named 'bound _format').
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  return formatImpl(sep, pathObject);
}

function formatImpl(sep, obj) {
  const dir = obj.dir || obj.root;
  let base = obj.base;
  if (!base) {
    const ext = obj.ext;
    let extPart = '';
    if (ext) extPart = `${ext}`[0] === '.' ? `${ext}` : `.${ext}`;
    base = `${obj.name || ''}${extPart}`;
  }
  if (!dir) return base;
  return dir === obj.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = {
  SLASH,
  BACKSLASH,
  isPosixSep,
  isWinSep,
  isAsciiLetter,
  hasDriveAt0,
  getCwd,
  normalizeSegments,
  lastComponent,
  basenameImpl,
  _format,
  formatImpl,
};
