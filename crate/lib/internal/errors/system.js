// internal/errors/system: system errors built from libuv error numbers (uvException,
// errnoException, exceptionWithHostPort) and the errno table they read. Loaded by
// internal/errors on first use.
'use strict';

const { defineVisible, installStack, plainHeader } = require('internal/errors/classes');

let uvBinding;
function getUvBinding() {
  if (uvBinding === undefined) {
    try {
      uvBinding = (typeof internalBinding === 'function' && internalBinding('uv')) || null;
    } catch {
      uvBinding = null;
    }
  }
  return uvBinding;
}

// errno -> [name, description], in libuv's order: the one table (src/errno.rs), read through
// `internalBinding('uv').errors` ({ E2BIG: [-7, 'argument list too long'], ... }).
let uvMap;
function getUvMap() {
  if (uvMap === undefined) {
    uvMap = new Map();
    const errors = getUvBinding()?.errors;
    if (errors !== null && typeof errors === 'object') {
      for (const name of Object.keys(errors)) {
        const [errno, desc] = errors[name];
        uvMap.set(errno, [name, desc]);
      }
    }
  }
  return uvMap;
}

// The one lookup: errno (negative number) -> [name, description], or undefined.
function uvErrmapGet(errno) {
  return getUvMap().get(errno);
}

// Reverse lookup: 'ENOENT' -> -2.
function uvErrnoFromName(name) {
  for (const [errno, [n]] of getUvMap()) if (n === name) return errno;
  return undefined;
}

function uvErrname(errno) {
  const info = uvErrmapGet(errno);
  if (info) return info[0];
  const binding = getUvBinding();
  if (typeof binding?.errname === 'function') return binding.errname(errno);
  return `Unknown system error ${errno}`;
}

function uvErrorInfo(errno, code) {
  let info = typeof errno === 'number' ? uvErrmapGet(errno) : undefined;
  if (info === undefined && typeof code === 'string') {
    const n = uvErrnoFromName(code);
    if (n !== undefined) info = uvErrmapGet(n);
  }
  return info || ['UNKNOWN', 'unknown error'];
}

// uvException({ errno, code, syscall, path, dest, message }): fs-style system error,
// e.g. "ENOENT: no such file or directory, open '/a'".
function uvException(ctx) {
  let errno = ctx.errno;
  if (typeof errno !== 'number' && typeof ctx.code === 'string') errno = uvErrnoFromName(ctx.code);
  const [name, desc] = uvErrorInfo(errno, ctx.code);
  const code = name === 'UNKNOWN' && typeof ctx.code === 'string' ? ctx.code : name;
  // Buffer/URL paths are reported as strings.
  const path = ctx.path == null ? undefined : String(ctx.path);
  const dest = ctx.dest == null ? undefined : String(ctx.dest);
  let message = `${code}: ${ctx.message || desc}, ${ctx.syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  defineVisible(err, 'errno', errno);
  defineVisible(err, 'code', code);
  defineVisible(err, 'syscall', ctx.syscall);
  if (path !== undefined) defineVisible(err, 'path', path);
  if (dest !== undefined) defineVisible(err, 'dest', dest);
  installStack(err, plainHeader);
  return err;
}

// errnoException(errno, syscall, original): "open ENOENT" style.
function errnoException(errno, syscall, original = undefined) {
  const code = uvErrname(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  defineVisible(err, 'errno', errno);
  defineVisible(err, 'code', code);
  defineVisible(err, 'syscall', syscall);
  installStack(err, plainHeader);
  return err;
}

// exceptionWithHostPort(errno, syscall, address, port, additional): net-style errors,
// e.g. "connect ECONNREFUSED 127.0.0.1:80".
function exceptionWithHostPort(errno, syscall, address, port, additional = undefined) {
  const code = uvErrname(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  defineVisible(err, 'errno', errno);
  defineVisible(err, 'code', code);
  defineVisible(err, 'syscall', syscall);
  defineVisible(err, 'address', address);
  if (port) defineVisible(err, 'port', port);
  installStack(err, plainHeader);
  return err;
}

module.exports = {
  errnoException,
  exceptionWithHostPort,
  getUvMap,
  uvErrmapGet,
  uvErrname,
  uvException,
};
