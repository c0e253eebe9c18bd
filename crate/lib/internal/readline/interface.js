'use strict';
// readline.Interface. Without a terminal it decodes the input stream as UTF-8, splits it into
// lines at \n, \r\n or a lone \r (a \r\n split across chunks within crlfDelay counts once),
// and emits 'line' (or answers a pending question()); the input's end flushes the last partial
// line and closes the interface. With `terminal: true` (or an output that isTTY) it reads
// 'keypress' events instead and edits the line as a TTY would (internal/readline/terminal).
//
// NOTE: tab completion through `completer` is not implemented in terminal mode.

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateFunction, validateNumber, validateAbortSignal } = require('internal/validators');

const kLineBuffer = Symbol('kLineBuffer');
const kSawReturnAt = Symbol('kSawReturnAt');
const kQuestionCallback = Symbol('kQuestionCallback');
const kOldPrompt = Symbol('kOldPrompt');
const kDecoder = Symbol('kDecoder');
const kOnLine = Symbol('kOnLine');
const kNormalWrite = Symbol('kNormalWrite');
const kQuestion = Symbol('kQuestion');
const kLineObjectStream = Symbol('kLineObjectStream');

const lineEnding = /\r?\n|\r(?!\n)/g;

function newDecoder() {
  try {
    return new (require('string_decoder').StringDecoder)('utf8');
  } catch {
    return new (require('internal/streams/string_decoder').StringDecoder)('utf8');
  }
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let historySize;
  let history;
  let removeHistoryDuplicates = false;
  if (input && input.input) {
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    signal = input.signal;
    if (input.prompt !== undefined) prompt = input.prompt;
    crlfDelay = input.crlfDelay;
    historySize = input.historySize;
    if (historySize !== undefined) validateNumber(historySize, 'historySize', 0);
    history = input.history;
    removeHistoryDuplicates = !!input.removeHistoryDuplicates;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;
  this.output = output;
  this.input = input;
  this.history = Array.isArray(history) ? history : [];
  this.historySize = historySize === undefined ? 30 : historySize;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  this.completer = completer;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.terminal = !!terminal;
  this.line = '';
  this.paused = false;
  this._prompt = prompt;
  this[kLineBuffer] = null;
  this[kSawReturnAt] = 0;
  this[kQuestionCallback] = null;
  this[kOldPrompt] = prompt;
  this[kDecoder] = newDecoder();

  const ondata = (data) => this[kNormalWrite](data);
  const onend = () => {
    if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) {
      this.emit('line', this[kLineBuffer]);
    }
    this.close();
  };
  if (this.terminal) {
    this.cursor = 0;
    this.historyIndex = -1;
    this.prevRows = 0;
    this.tabSize = 8;
    require('internal/readline/emit_keypress').emitKeypressEvents(input, this);
    const onkeypress = (s, key) => this[kTtyWrite](s, key);
    const onterminalend = () => this.close();
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('end', onterminalend);
    });
    input.on('keypress', onkeypress);
    input.on('end', onterminalend);
    this[kSetRawMode](true);
  } else {
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('end', onend);
    });
    input.on('data', ondata);
    input.on('end', onend);
  }

  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => this.close();
    if (signal.aborted) {
      require('internal/process/task_queues').nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() { return this.output && this.output.columns ? this.output.columns : Infinity; },
});

Interface.prototype.setPrompt = function(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function() {
  return this._prompt;
};

Interface.prototype.prompt = function(preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    require('internal/readline/terminal').refreshLine(this);
  } else {
    this._writeToOutput(this._prompt);
  }
};

const kTtyWrite = Symbol('kTtyWrite');
const kSetRawMode = Symbol('kSetRawMode');
Interface.prototype[kTtyWrite] = function(s, key) {
  require('internal/readline/terminal').ttyWrite(this, s, key, (line) => this[kOnLine](line));
};

Interface.prototype[kSetRawMode] = function(mode) {
  const wasInRawMode = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return wasInRawMode;
};

Interface.prototype[kQuestion] = function(query, cb) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this[kQuestionCallback]) {
    this.prompt();
  } else {
    this[kOldPrompt] = this._prompt;
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }
};

Interface.prototype.question = function(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const original = cb;
    cb = (answer) => {
      signal.removeEventListener('abort', onAbort);
      original(answer);
    };
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

const kQuestionCancel = Symbol('kQuestionCancel');
Interface.prototype[kQuestionCancel] = function() {
  if (this[kQuestionCallback]) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
  }
};

Interface.prototype._writeToOutput = function(s) {
  if (typeof s !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('stringToWrite', 'string', s);
  }
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.close = function() {
  if (this.closed) return;
  if (this.terminal) this[kSetRawMode](false);
  this.pause();
  this.closed = true;
  this.emit('close');
};

Interface.prototype.pause = function() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function(d, key) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this.paused) this.resume();
  if (this.terminal) this[kTtyWrite](d, key);
  else this[kNormalWrite](d);
};

Interface.prototype[kOnLine] = function(line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype[kNormalWrite] = function(b) {
  if (b === undefined) return;
  let string = typeof b === 'string' ? b : this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
    this[kSawReturnAt] = 0;
  }
  if (this[kLineBuffer]) {
    string = this[kLineBuffer] + string;
    this[kLineBuffer] = null;
  }
  lineEnding.lastIndex = 0;
  if (!lineEnding.test(string)) {
    if (string) this[kLineBuffer] = string;
    return;
  }
  this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
  lineEnding.lastIndex = 0;
  let start = 0;
  const lines = [];
  let m;
  while ((m = lineEnding.exec(string)) !== null) {
    lines.push(string.slice(start, m.index));
    start = m.index + m[0].length;
  }
  const rest = string.slice(start);
  this[kLineBuffer] = rest;
  for (const line of lines) this[kOnLine](line);
};

Interface.prototype.getCursorPos = function() {
  if (this.terminal) return require('internal/readline/terminal').getCursorPos(this);
  return { rows: 0, cols: this.cursor };
};

// Async iteration over lines: buffers lines that arrive before they are asked for, and ends on
// 'close'.
Interface.prototype[Symbol.asyncIterator] = function() {
  if (this[kLineObjectStream] === undefined) {
    const queue = [];
    const waiting = [];
    let done = false;
    let error = null;
    const online = (line) => {
      if (waiting.length) waiting.shift().resolve({ value: line, done: false });
      else queue.push(line);
    };
    const onclose = () => {
      done = true;
      this.off('line', online);
      while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
    };
    const onerror = (err) => {
      error = err;
      while (waiting.length) waiting.shift().reject(err);
    };
    this.on('line', online);
    this.once('close', onclose);
    this.input.on('error', onerror);
    if (this.closed) done = true;
    const rl = this;
    this[kLineObjectStream] = {
      next() {
        if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
        if (error) return Promise.reject(error);
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        rl.close();
        queue.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
  return this[kLineObjectStream];
};

module.exports = { Interface, kQuestion, kQuestionCancel, kOnLine };
