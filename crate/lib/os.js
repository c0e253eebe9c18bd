'use strict';
// os: facts about the host (from internalBinding('os')) and the OS constants.

const binding = internalBinding('os');
const { codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// NOTE: Linux's errno and signal numbers are written out here rather than read from
// internalBinding('uv'): libuv's table holds only the errors libuv reports (no ECHILD, EDOM, ...)
// and negative values, while os.constants lists the OS's own constants.
const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103,
  ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122,
  EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115,
  EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31,
  EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101,
  ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37,
  ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25,
  ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

const priority = {
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
};

const dlopen = { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 };

function nullProto(obj) {
  return Object.assign(Object.create(null), obj);
}

const constants = nullProto({
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto(dlopen),
  errno: nullProto(errno),
  signals: nullProto(signals),
  priority: nullProto(priority),
});

// Host functions print their plain value when coerced: `${os.hostname}` gives the hostname.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const arch = withPrimitive(function arch() { return process.arch; });
const platform = withPrimitive(function platform() { return process.platform; });
const type = withPrimitive(function type() { return binding.getOSInformation()[0]; });
const release = withPrimitive(function release() { return binding.getOSInformation()[1]; });
const version = withPrimitive(function version() { return binding.getOSInformation()[2]; });
const machine = withPrimitive(function machine() { return binding.getOSInformation()[3]; });
const hostname = withPrimitive(function hostname() { return binding.getHostname(); });
const uptime = withPrimitive(function uptime() { return binding.getUptime(); });
const totalmem = withPrimitive(function totalmem() { return binding.getTotalMem(); });
const freemem = withPrimitive(function freemem() { return binding.getFreeMem(); });
const homedir = withPrimitive(function homedir() {
  const home = process.env.HOME;
  return home ? home : binding.getUserInfo().homedir;
});
const endianness = withPrimitive(function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
});

function availableParallelism() {
  return binding.getAvailableParallelism();
}

function cpus() {
  const flat = binding.getCPUs();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function loadavg() {
  return binding.getLoadAvg();
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function userInfo(options = undefined) {
  const info = binding.getUserInfo();
  if (options !== null && typeof options === 'object' && options.encoding === 'buffer') {
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof info[key] === 'string') info[key] = Buffer.from(info[key]);
    }
  }
  return info;
}

function networkInterfaces() {
  return {};
}

// NOTE: setPriority cannot reach the kernel (no libc binding); priorities set on this process
// are remembered and reported back by getPriority, other processes read as ESRCH.
const setPriorities = new Map();

function checkPid(pid, syscall) {
  if (pid === 0 || pid === process.pid) return;
  const ctx = { errno: -errno.ESRCH, code: 'ESRCH', message: 'no such process', syscall };
  throw new ERR_SYSTEM_ERROR(ctx);
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  checkPid(pid, 'uv_os_getpriority');
  return setPriorities.has(process.pid) ? setPriorities.get(process.pid) : binding.getNice();
}

function setPriority(pid, priorityValue = undefined) {
  if (priorityValue === undefined) {
    priorityValue = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priorityValue, 'priority', -20, 19);
  checkPid(pid, 'uv_os_setpriority');
  setPriorities.set(process.pid, priorityValue);
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, writable: false, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
