'use strict';
// PerformanceObserver and PerformanceObserverEntryList: observers collect new entries of the
// types they watch and are called back, batched, from a setImmediate queued by the first entry.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

// Connected observers.
const observers = new Set();

function sortedByStart(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

class PerformanceObserverEntryList {
  #entries;

  constructor(key = undefined, entries = []) {
    if (key !== kCreate) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this.#entries = sortedByStart(entries);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    return this.#entries.filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #mode = undefined;
  #buffer = [];
  #scheduled = false;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'must be an array');
      }
      this.#types.clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this.#types.add(t);
      this.#mode = 'multiple';
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#mode = 'single';
      this.#types.add(type);
      if (options.buffered) {
        const { performance } = require('internal/perf/performance');
        for (const entry of performance.getEntriesByType(type)) this.#push(entry);
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    this.#buffer = [];
    this.#types.clear();
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  #push(entry) {
    this.#buffer.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      if (this.#buffer.length === 0) return;
      const list = new PerformanceObserverEntryList(kCreate, this.takeRecords());
      this.#callback.call(this, list, this);
    });
  }

  // Called for each new entry on the timeline.
  static enqueue(entry) {
    for (const observer of observers) {
      if (observer.#types.has(entry.entryType)) observer.#push(entry);
    }
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[PerformanceObserver]';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: this.#buffer.length > 0,
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    }, opts)}`;
  }
}
const { enqueue } = PerformanceObserver;
delete PerformanceObserver.enqueue;
Object.defineProperty(PerformanceObserver.prototype, customInspectSymbol, { enumerable: false });

module.exports = { PerformanceObserver, PerformanceObserverEntryList, enqueue };
