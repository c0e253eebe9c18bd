// internal/errors/classes: what the error table of internal/errors.js is made of: the classes
// of Node errors (`NodeError`, the named ones, `SystemError`) and the lazily formatted `stack`
// they carry. Frames inside internal/errors* are left out of every stack.
'use strict';

const kIsNodeError = Symbol('kIsNodeError');

// ---------------------------------------------------------------------------------------------
// Stacks. Boa's `new Error().stack` holds only `    at ...` lines (the runtime's shim, like V8,
// adds a header line); keep just the frame lines, dropping the ones inside internal/errors*. The
// frames are recorded when the error is made but only formatted when `stack` is first read.

function framesOf(holder) {
  let raw;
  try {
    raw = holder.stack;
  } catch {
    return '';
  }
  if (typeof raw !== 'string') return '';
  const frames = raw.split('\n').filter(
    (line) => line.trimStart().startsWith('at ') && !line.includes('internal/errors'));
  return frames.length ? `\n${frames.join('\n')}` : '';
}

// Installs an own, non-enumerable `stack` whose first line is `header(err)`, computed on first
// read (so later edits of `message` show up, as in V8) and replaceable by assignment.
function installStack(err, header) {
  const holder = new Error();
  let value;
  let computed = false;
  try {
    Object.defineProperty(err, 'stack', {
      get() {
        if (!computed) {
          computed = true;
          value = header(err) + framesOf(holder);
        }
        return value;
      },
      set(v) {
        computed = true;
        value = v;
      },
      enumerable: false,
      configurable: true,
    });
  } catch {
    try { err.stack = header(err) + framesOf(holder); } catch { /* keep the engine's stack */ }
  }
}

function plainHeader(err) {
  const name = err.name === undefined ? 'Error' : String(err.name);
  const msg = err.message === undefined ? '' : String(err.message);
  if (!name) return msg;
  return msg ? `${name}: ${msg}` : name;
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

function defineVisible(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Classes produced by the table.

let messages;

function getMessage(code, args, self) {
  messages ??= require('internal/errors/messages').messages;
  const msg = messages.get(code);
  if (typeof msg === 'function') return msg.apply(self, args);
  return msg;
}

// `[name] [code]: message` errors (the common case).
function makeNodeErrorClass(Base, code) {
  const NodeError = class NodeError extends Base {
    constructor(...args) {
      super();
      defineVisible(this, 'code', code);
      defineHidden(this, 'message', getMessage(code, args, this));
      Object.defineProperty(this, kIsNodeError, { value: true, configurable: true });
      installStack(this, (err) => `${err.name} [${err.code}]: ${err.message}`);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
  // As in Node, the error's `constructor` reads as its base class (`err.constructor.name` is
  // 'TypeError', and util.inspect names it so): an accessor, which inspect passes over.
  Object.defineProperty(NodeError.prototype, 'constructor', {
    __proto__: null, get() { return Base; }, enumerable: false, configurable: true,
  });
  return NodeError;
}

// Errors carrying their own enumerable `name` (e.g. UnhandledPromiseRejection), printed as
// `name: message` like a plain Error.
function makeNamedErrorClass(Base, code, name) {
  return class NodeError extends Base {
    constructor(...args) {
      super();
      defineHidden(this, 'message', getMessage(code, args, this));
      defineVisible(this, 'code', code);
      defineVisible(this, 'name', name);
      installStack(this, plainHeader);
    }
  };
}

// Node's SystemError: `prefix: syscall returned CODE (message) path => dest`, with an `info`
// object and accessors for errno/syscall/path/dest that read and write `info`.
class SystemError extends Error {
  constructor(code, prefix, context) {
    super();
    const ctx = context || {};
    let message = `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
    if (ctx.path !== undefined) message += ` ${ctx.path}`;
    if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
    defineVisible(this, 'code', code);
    defineHidden(this, 'name', 'SystemError');
    defineHidden(this, 'message', message);
    Object.defineProperty(this, 'info', {
      value: ctx, enumerable: true, configurable: true, writable: false,
    });
    for (const key of ['errno', 'syscall', 'path', 'dest']) {
      if (key !== 'errno' && key !== 'syscall' && ctx[key] === undefined) continue;
      Object.defineProperty(this, key, {
        get() { return ctx[key]; },
        set(value) { ctx[key] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    Object.defineProperty(this, kIsNodeError, { value: true, configurable: true });
    installStack(this, (err) => `${err.name} [${err.code}]: ${err.message}`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // As Node's: inspected with its getters' values shown (errno: [Getter/Setter: 21]).
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return require('internal/util/inspect').inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorClass(code) {
  const NodeError = class NodeError extends SystemError {
    constructor(context) {
      super(code, getMessage(code, [], undefined), context);
    }
  };
  // Node's HideStackFramesError variant, what its hideStackFrames-wrapped checks throw (rm's
  // ERR_FS_EISDIR): a subclass whose `constructor` reads as SystemError (an accessor, as Node's).
  const HideStackFramesError = class HideStackFramesError extends NodeError {};
  Object.defineProperty(HideStackFramesError.prototype, 'constructor', {
    __proto__: null, get() { return SystemError; }, enumerable: false, configurable: true,
  });
  NodeError.HideStackFramesError = HideStackFramesError;
  return NodeError;
}

// E(code, Base, ...more): the class of `code`. `more` holds extra bases, exposed as
// `codes.X.RangeError` etc., and optionally one `{ name }` options object. The message (for a

module.exports = {
  SystemError,
  defineHidden,
  defineVisible,
  getMessage,
  installStack,
  kIsNodeError,
  makeNamedErrorClass,
  makeNodeErrorClass,
  makeSystemErrorClass,
  plainHeader,
};
