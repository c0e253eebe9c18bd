'use strict';
// The `performance` object: the clock (now, timeOrigin), the mark/measure timeline, the
// PerformanceEntry classes, eventLoopUtilization and timerify.

const { now, timeOrigin } = require('internal/perf/utils');
const { DOMException } = require('internal/domexception');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateObject, validateFunction, kValidateObjectAllowNullable } = require('internal/validators');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');

function inspectEntry(self, depth, options, inspect) {
  const name = self.constructor.name;
  if (depth < 0) return `[${name}]`;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(self.toJSON(), opts)}`;
}

// ---------------------------------------------------------------------------------------------
// Entries

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(key = undefined, name = '', type = '', start = 0, duration = 0, detail = null) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#name in self)) {
      throw new ERR_INVALID_THIS('PerformanceEntry');
    }
    return self;
  }

  get name() { return PerformanceEntry.#check(this).#name; }

  get entryType() { return PerformanceEntry.#check(this).#type; }

  get startTime() { return PerformanceEntry.#check(this).#start; }

  get duration() { return PerformanceEntry.#check(this).#duration; }

  get detail() { return PerformanceEntry.#check(this).#detail; }

  toJSON() {
    PerformanceEntry.#check(this);
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
      detail: this.#detail,
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectEntry(this, depth, options, inspect);
  }
}
Object.defineProperty(PerformanceEntry.prototype, customInspectSymbol, { enumerable: false });
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return require('internal/structured_clone').structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number' || !(startTime >= 0)) {
      throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    }
    super(kCreate, name, 'mark', startTime, 0, cloneDetail(options?.detail));
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });

class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined, ...rest) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, ...rest);
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag,
  { value: 'PerformanceMeasure', configurable: true });

// A fetched resource's timing, built from the fetch's timing info (as Fetch's "mark resource
// timing" hands it over). Only the runtime makes them: `new` throws.
const kResourceFields = [
  ['initiatorType', (t) => t.initiatorType],
  ['workerStart', (t) => t.info.finalServiceWorkerStartTime],
  ['redirectStart', (t) => t.info.redirectStartTime],
  ['redirectEnd', (t) => t.info.redirectEndTime],
  ['fetchStart', (t) => t.info.postRedirectStartTime],
  ['domainLookupStart', (t) => t.info.finalConnectionTimingInfo?.domainLookupStartTime],
  ['domainLookupEnd', (t) => t.info.finalConnectionTimingInfo?.domainLookupEndTime],
  ['connectStart', (t) => t.info.finalConnectionTimingInfo?.connectionStartTime],
  ['connectEnd', (t) => t.info.finalConnectionTimingInfo?.connectionEndTime],
  ['secureConnectionStart', (t) => t.info.finalConnectionTimingInfo?.secureConnectionStartTime],
  ['nextHopProtocol', (t) => t.info.finalConnectionTimingInfo?.ALPNNegotiatedProtocol],
  ['requestStart', (t) => t.info.finalNetworkRequestStartTime],
  ['responseStart', (t) => t.info.finalNetworkResponseStartTime],
  ['responseEnd', (t) => t.info.endTime],
  ['encodedBodySize', (t) => t.info.encodedBodySize],
  ['decodedBodySize', (t) => t.info.decodedBodySize],
  ['transferSize', (t) => {
    if (t.cacheMode === 'local') return 0;
    if (t.cacheMode === 'validated') return 300;
    return t.info.encodedBodySize + 300;
  }],
];
const kResourceJSONOrder = ['initiatorType', 'nextHopProtocol', 'workerStart', 'redirectStart', 'redirectEnd',
  'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd', 'secureConnectionStart',
  'requestStart', 'responseStart', 'responseEnd', 'transferSize', 'encodedBodySize', 'decodedBodySize'];

let resourceTimingOf;

class PerformanceResourceTiming extends PerformanceEntry {
  #timing;

  constructor(key = undefined, name = '', info = {}, initiatorType = '', cacheMode = '') {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, name, 'resource', info.startTime, info.endTime - info.startTime, null);
    this.#timing = { name, info, initiatorType, cacheMode };
  }

  static {
    resourceTimingOf = (self) => {
      if (self === null || typeof self !== 'object' || !(#timing in self)) {
        throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceResourceTiming', self);
      }
      return self.#timing;
    };
  }

  get name() { return resourceTimingOf(this).name; }

  get startTime() { return resourceTimingOf(this).info.startTime; }

  get duration() {
    const { info } = resourceTimingOf(this);
    return info.endTime - info.startTime;
  }

  toJSON() {
    const timing = resourceTimingOf(this);
    const out = { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
    for (const key of kResourceJSONOrder) out[key] = kResourceGetters[key](timing);
    return out;
  }
}
const kResourceGetters = { __proto__: null };
for (const [key, get] of kResourceFields) {
  kResourceGetters[key] = get;
  const getter = Object.getOwnPropertyDescriptor({ get [key]() { return get(resourceTimingOf(this)); } }, key).get;
  Object.defineProperty(PerformanceResourceTiming.prototype, key, { get: getter, enumerable: true, configurable: true });
}
// Moves toJSON after the getters, enumerable, as Node lists them.
{
  const toJSON = Object.getOwnPropertyDescriptor(PerformanceResourceTiming.prototype, 'toJSON');
  delete PerformanceResourceTiming.prototype.toJSON;
  Object.defineProperty(PerformanceResourceTiming.prototype, 'toJSON', { ...toJSON, enumerable: true });
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag,
  { value: 'PerformanceResourceTiming', configurable: true });

// Milestones of this process, as `performance.nodeTiming`.
// NOTE: the runtime does not record its own startup milestones or loop start/exit yet: the
// startup ones all read as the moment this module loaded, loopStart/loopExit as -1 (Node's value
// while the main script runs).
const bootstrapComplete = now();

class PerformanceNodeTiming extends PerformanceEntry {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, 'node', 'node', 0, 0, null);
    const fields = {
      name: () => 'node',
      entryType: () => 'node',
      startTime: () => 0,
      duration: () => now(),
      nodeStart: () => 0,
      v8Start: () => bootstrapComplete,
      environment: () => bootstrapComplete,
      loopStart: () => -1,
      loopExit: () => -1,
      bootstrapComplete: () => bootstrapComplete,
      idleTime: () => 0,
      uvMetricsInfo: () => ({ loopCount: 0, events: 0, eventsWaiting: 0 }),
    };
    for (const [key, get] of Object.entries(fields)) {
      Object.defineProperty(this, key, { get, enumerable: true, configurable: true });
    }
  }

  toJSON() {
    const out = {};
    for (const key of ['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'bootstrapComplete',
      'environment', 'loopStart', 'loopExit', 'idleTime']) out[key] = this[key];
    return out;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectEntry(this, depth, options, inspect);
  }
}
Object.defineProperty(PerformanceNodeTiming.prototype, customInspectSymbol, { enumerable: false });

// ---------------------------------------------------------------------------------------------
// The timeline

const marks = [];
const measures = [];

function byName(list, name) {
  return name === undefined ? list : list.filter((e) => e.name === name);
}

function clear(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) list.splice(i, 1);
}

function sorted(entries) {
  return entries.slice().sort((a, b) => a.startTime - b.startTime);
}

// A mark name or a timestamp, as a time.
function markTime(mark) {
  if (typeof mark === 'number') {
    if (!(mark >= 0)) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(mark);
    return mark;
  }
  mark = `${mark}`;
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === mark) return marks[i].startTime;
  throw new DOMException(`The "${mark}" performance mark has not been set`, 'SyntaxError');
}

function measure(name, startOrOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  let start;
  let end;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    const { start: s, end: e, duration: d } = startOrOptions;
    if (endMark !== undefined) throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (s !== undefined && e !== undefined && d !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
    end = e !== undefined ? markTime(e) : undefined;
    start = s !== undefined ? markTime(s) : undefined;
    if (d !== undefined) {
      if (start !== undefined && end === undefined) end = start + d;
      else if (end !== undefined && start === undefined) start = end - d;
    }
    if (end === undefined) end = now();
    if (start === undefined) start = 0;
    detail = cloneDetail(startOrOptions.detail);
  } else {
    start = startOrOptions !== undefined ? markTime(startOrOptions) : 0;
    end = endMark !== undefined ? markTime(endMark) : now();
  }
  const entry = new PerformanceMeasure(kCreate, name, 'measure', start, end - start, detail);
  measures.push(entry);
  require('internal/perf/observe').enqueue(entry);
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Performance

// Idle time is not tracked by the loop yet, so the loop counts as active since it started.
function eventLoopUtilization(util1 = undefined, util2 = undefined) {
  const active = now();
  const idle = 0;
  if (util1 === undefined) return { idle, active, utilization: active > 0 ? 1 : 0 };
  const base = util2 === undefined ? { idle, active } : util1;
  const later = util2 === undefined ? util1 : util2;
  const a = util2 === undefined ? base.active - later.active : later.active - base.active;
  const i = util2 === undefined ? base.idle - later.idle : later.idle - base.idle;
  const total = Math.abs(a) + Math.abs(i);
  return { idle: Math.abs(i), active: Math.abs(a), utilization: total > 0 ? Math.abs(a) / total : 0 };
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  function timerified(...args) {
    return new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
  }
  Object.defineProperties(timerified, {
    length: { configurable: true, enumerable: false, value: fn.length },
    name: { configurable: true, enumerable: false, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class Performance {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  clearMarks(name = undefined) { clear(marks, name); }

  clearMeasures(name = undefined) { clear(measures, name); }

  clearResourceTimings() {}

  getEntries() { return sorted([...marks, ...measures]); }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type === undefined) return sorted(byName([...marks, ...measures], name));
    return this.getEntriesByType(type).filter((e) => e.name === name);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'mark') return sorted(marks);
    if (type === 'measure') return sorted(measures);
    return [];
  }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const entry = new PerformanceMark(name, options);
    marks.push(entry);
    require('internal/perf/observe').enqueue(entry);
    return entry;
  }

  measure(...args) { return measure(...args); }

  now() { return now(); }

  setResourceTimingBufferSize() {}

  get timeOrigin() { return timeOrigin; }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: eventLoopUtilization() };
  }

  eventLoopUtilization(util1, util2) { return eventLoopUtilization(util1, util2); }

  timerify(fn, options) { return timerify(fn, options); }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return 'Performance';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin }, opts)}`;
  }
}
Object.defineProperty(Performance.prototype, customInspectSymbol, { enumerable: false });
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
Object.defineProperty(Performance.prototype, 'measure', {
  ...Object.getOwnPropertyDescriptor(Performance.prototype, 'measure'),
  value: Object.defineProperty(function measure(...args) { return measureEntry(...args); }, 'length',
    { value: 1, configurable: true }),
});
const measureEntry = measure;

Object.defineProperty(Performance.prototype, 'nodeTiming', {
  value: new PerformanceNodeTiming(kCreate), writable: true, enumerable: false, configurable: true,
});

const performance = new Performance(kCreate);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceResourceTiming,
  performance,
};
