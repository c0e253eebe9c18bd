'use strict';
// The `child_process` module. NOTE: a runtime in a browser tab has no processes to spawn. The
// API is all here so that packages load; every attempt to run a program fails the way Node
// reports a spawn the system cannot do: `ENOSYS` ('function not implemented'), asynchronously as
// an 'error' event (or callback error) for the async forms, thrown for the sync forms.

const EventEmitter = require('events');
const { errors: uvErrors } = internalBinding('uv');
const { validateString } = require('internal/validators');

function spawnError(syscall, file, args) {
  const [errno, description] = uvErrors.ENOSYS ?? [-38, 'function not implemented'];
  const err = new Error(`${syscall} ${file} ENOSYS`);
  err.errno = errno;
  err.code = 'ENOSYS';
  err.syscall = `${syscall} ${file}`;
  err.path = file;
  err.spawnargs = args;
  err.description = description;
  return err;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.pid = undefined;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this.connected = false;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
    this.spawnfile = undefined;
    this.spawnargs = [];
  }

  kill() {
    return false;
  }

  ref() {}

  unref() {}
}

function normalizeArgs(args) {
  return Array.isArray(args) ? args.map(String) : [];
}

function spawn(file, args, options) {
  validateString(file, 'file');
  const child = new ChildProcess();
  child.spawnfile = file;
  child.spawnargs = [file, ...normalizeArgs(args)];
  const err = spawnError('spawn', file, child.spawnargs.slice(1));
  process.nextTick(() => {
    child.emit('error', err);
    child.emit('close', -38, null);
  });
  return child;
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') callback = args;
  else if (typeof options === 'function') callback = options;
  const child = spawn(file, Array.isArray(args) ? args : []);
  if (typeof callback === 'function') {
    child.removeAllListeners('error');
    child.on('error', (err) => callback(err, '', ''));
  }
  return child;
}

function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') callback = options;
  return execFile('/bin/sh', ['-c', command], callback);
}

function fork(modulePath, args) {
  return spawn(process.execPath, [modulePath, ...normalizeArgs(args)]);
}

function spawnSync(file, args) {
  validateString(file, 'file');
  const error = spawnError('spawnSync', file, normalizeArgs(args));
  return { error, status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null };
}

function execFileSync(file, args) {
  throw spawnSync(file, args).error;
}

function execSync(command) {
  validateString(command, 'command');
  throw spawnSync('/bin/sh', ['-c', command]).error;
}

module.exports = { ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
