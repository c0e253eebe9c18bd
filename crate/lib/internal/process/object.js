'use strict';
// The `process` object: an EventEmitter carrying the process's identity (argv, env, pid,
// versions), its clocks, its working directory, and exit handling.
//
// NOTE: `platform` is 'linux' and `arch` is 'x64' on every host, the browser included: packages
// branch on them, and WebContainers makes the same choice.

const EventEmitter = require('events');
const config = internalBinding('config');
const methods = internalBinding('process_methods');
const output = internalBinding('output');
const { errors: uvErrors } = internalBinding('uv');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateString } = require('internal/validators');
const { nextTick } = require('internal/process/task_queues');
const { emitWarning, onWarning } = require('internal/process/warning');

// process.stdout / stderr / stdin: lazy stream getters from internal/process/stdio.
function createOutputStream(process) {
  require('internal/process/stdio').installStdio(process);
}

// Node's system error for a failed chdir: the old cwd in `path`, the target in `dest`.
function chdirError(code, from, to) {
  const [errno, description] = uvErrors[code] ?? [-22, 'invalid argument'];
  const err = new Error(`${code}: ${description}, chdir '${from}' -> '${to}'`);
  err.errno = errno;
  err.code = code;
  err.syscall = 'chdir';
  err.path = from;
  err.dest = to;
  return err;
}

// process.env: values are strings; assigning anything stores its string form, as Node's does.
function createEnv(initial) {
  const store = Object.assign({}, initial);
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') return Reflect.set(target, key, value);
      target[key] = String(value);
      return true;
    },
    defineProperty(target, key, descriptor) {
      if ('value' in descriptor && typeof key !== 'symbol') descriptor = { ...descriptor, value: String(descriptor.value) };
      return Reflect.defineProperty(target, key, descriptor);
    },
  });
}

function validateExitCode(code, name) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  if (typeof code !== 'number') {
    throw new ERR_INVALID_ARG_TYPE(name, 'number', code);
  }
  if (!Number.isInteger(code)) {
    throw new ERR_OUT_OF_RANGE(name, 'an integer', code);
  }
}

function createProcess() {
  const process = Object.create(EventEmitter.prototype, {
    [Symbol.toStringTag]: { value: 'process', configurable: true },
  });
  EventEmitter.call(process);

  let exitCode;
  let cwdCache;

  Object.assign(process, {
    title: 'node',
    version: `v${config.nodeVersion}`,
    versions: {
      node: config.nodeVersion,
      acorn: '8.14.0',
      ada: '2.9.2',
      ares: '1.34.5',
      modules: '115',
      napi: '9',
      uv: '1.46.0',
      v8: '11.3.244.8-node.26',
      zlib: '1.3.0.1-motley',
      nodeboa: config.nodeboaVersion,
      boa: config.boaVersion,
    },
    arch: 'x64',
    platform: 'linux',
    release: { name: 'node', lts: 'Iron' },
    // The identity is applied by applyIdentity() once the runtime is configured: these hold
    // the properties' places in Node's order until then.
    argv: [],
    argv0: 'node',
    execArgv: [],
    execPath: '',
    env: createEnv({}),
    pid: 0,
    ppid: 0,
    features: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true },
    config: { target_defaults: {}, variables: {} },
    _exiting: false,
    nextTick,
    emitWarning,
  });

  createOutputStream(process);

  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      validateExitCode(code, 'code');
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  process.hrtime = function hrtime(previous) {
    const [sec, nsec] = methods.hrtime();
    if (previous === undefined) return [sec, nsec];
    if (!Array.isArray(previous)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    if (previous.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, previous.length);
    let s = sec - previous[0];
    let ns = nsec - previous[1];
    if (ns < 0) { s -= 1; ns += 1e9; }
    return [s, ns];
  };
  process.hrtime.bigint = function bigint() { return methods.hrtimeBigInt(); };
  process.uptime = function uptime() { return methods.uptime(); };
  process.memoryUsage = function memoryUsage() { return methods.memoryUsage(); };
  process.memoryUsage.rss = function rss() { return methods.memoryUsage().rss; };
  // NOTE: the VFS machine has no cgroup limit (0, as node reports an unconstrained process),
  // and its free memory is what `os.freemem()` reports.
  process.constrainedMemory = function constrainedMemory() { return 0; };
  process.availableMemory = function availableMemory() { return require('os').freemem(); };
  process.cpuUsage = function cpuUsage() {
    const us = Math.round(methods.uptime() * 1e6);
    return { user: us, system: 0 };
  };
  process.resourceUsage = function resourceUsage() {
    return { userCPUTime: 0, systemCPUTime: 0, maxRSS: Math.round(methods.memoryUsage().rss / 1024) };
  };
  process.cwd = function cwd() {
    cwdCache ??= methods.cwd();
    return cwdCache;
  };
  process.chdir = function chdir(directory) {
    validateString(directory, 'directory');
    const from = methods.cwd();
    const code = methods.chdir(directory);
    if (code !== undefined) throw chdirError(code, from, directory);
    cwdCache = undefined;
  };
  // The VFS's file-creation mask.
  process.umask = function umask(mask) {
    if (mask !== undefined) mask = require('internal/validators').parseFileMode(mask, 'mask');
    return internalBinding('fs').umask(mask);
  };
  // The owner of the files the process makes: the host's user natively, `user` (1000) in a page.
  process.getuid = function getuid() { return methods.credentials()[0]; };
  process.geteuid = function geteuid() { return methods.credentials()[0]; };
  process.getgid = function getgid() { return methods.credentials()[1]; };
  process.getegid = function getegid() { return methods.credentials()[1]; };
  process.getgroups = function getgroups() { return [methods.credentials()[1]]; };
  process.kill = function kill() { return true; };
  process.abort = function abort() { methods.reallyExit(134); };
  // A built-in module by id (`fs` or `node:fs`), without going through `require`; undefined for
  // anything that is not one.
  process.getBuiltinModule = function getBuiltinModule(id) {
    validateString(id, 'id');
    const name = id.startsWith('node:') ? id.slice(5) : id;
    const { builtinModules } = require('module');
    if (!builtinModules.includes(name) || name.startsWith('_')) return undefined;
    return require(name);
  };
  // Source maps only change how stack traces print; the flag is kept for code that reads it.
  let sourceMapsEnabled = false;
  Object.defineProperty(process, 'sourceMapsEnabled', {
    get() { return sourceMapsEnabled; }, enumerable: true, configurable: true,
  });
  process.setSourceMapsEnabled = function setSourceMapsEnabled(value) {
    validateBoolean(value, 'val');
    sourceMapsEnabled = value;
  };
  // The entries of a `.env` file (internal/dotenv) that `process.env` does not hold yet.
  process.loadEnvFile = function loadEnvFile(path = undefined) {
    require('internal/dotenv').loadEnvFile(process.env, path);
  };
  process.binding = function binding(name) {
    throw new Error(`No such module: ${name}`);
  };

  process.exit = function exit(code) {
    validateExitCode(code, 'code');
    if (code !== undefined) exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
    internalBinding('task_queue').setExiting();
      process.emit('exit', +(exitCode ?? 0) | 0);
    }
    methods.reallyExit(+(exitCode ?? 0) | 0);
  };
  process.reallyExit = function reallyExit(code) { methods.reallyExit(code | 0); };

  process.on('warning', onWarning);
  return process;
}

// The process's identity as the embedder gave it (argv, env, pid, ...): applied after the
// bootstrap, so that a booted runtime holds nothing of its environment (src/runtime.rs
// `Runtime::configure`).
function applyIdentity(process) {
  const identity = config.identity();
  process.argv = identity.argv;
  process.execArgv = identity.execArgv;
  process.execPath = identity.execPath;
  process.env = createEnv(identity.env);
  process.pid = identity.pid;
  process.ppid = identity.ppid;
}

module.exports = { createProcess, applyIdentity };
