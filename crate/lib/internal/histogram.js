'use strict';
// internal/histogram: the Histogram classes of perf_hooks (createHistogram's
// RecordableHistogram, monitorEventLoopDelay's ELDHistogram) over an HdrHistogram written here in
// JavaScript. Node keeps its figures in HdrHistogram_c (lowest discernible value, highest
// trackable value, significant figures), so min, max, mean, stddev and the percentiles are the
// bucketed values that library reports; the bucket math below reproduces it (including the 64-bit
// integer sum behind the mean). Counts live in a sparse map from bucket index to count.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
  cppError,
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
const INT64_MAX = 2n ** 63n - 1n;
// Timer delays above this do not fit the loop's timers (they would become 1 ms).
const TIMEOUT_MAX = 2 ** 31 - 1;

// ---------------------------------------------------------------------------------------------
// HdrHistogram

// The bit length of a positive integer below 2^64 held exactly in a number.
function bitLength(v) {
  if (v < 4294967296) return 32 - Math.clz32(v);
  return 64 - Math.clz32(Math.floor(v / 4294967296));
}

class Hdr {
  constructor(lowest, highest, figures) {
    if (typeof lowest === 'bigint') lowest = BigInt.asIntN(64, lowest);
    if (typeof highest === 'bigint') highest = BigInt.asIntN(64, highest);
    const lowestNum = Number(lowest);
    // NOTE: Node aborts the process on a configuration HdrHistogram refuses; this throws.
    if (lowest < 1 || lowestNum * 2 > highest) {
      throw new RangeError('Invalid histogram configuration');
    }
    const subBucketCountMagnitude = Math.ceil(Math.log(2 * 10 ** figures) / Math.log(2));
    this.halfMag = (subBucketCountMagnitude > 1 ? subBucketCountMagnitude : 1) - 1;
    this.unitMag = Math.trunc(Math.log(lowestNum) / Math.log(2));
    if (this.unitMag + this.halfMag > 61) throw new RangeError('Invalid histogram configuration');
    this.subCount = 2 ** (this.halfMag + 1);
    this.halfCount = this.subCount / 2;
    this.maskBits = this.halfMag + 1 + this.unitMag;
    this.highest = highest;
    let smallestUntrackable = this.subCount * 2 ** this.unitMag;
    let buckets = 1;
    while (smallestUntrackable <= highest) {
      if (smallestUntrackable >= 2 ** 62) {
        buckets++;
        break;
      }
      smallestUntrackable *= 2;
      buckets++;
    }
    this.countsLen = (buckets + 1) * this.halfCount;
    this.resetAll();
  }

  resetAll() {
    this.counts = new Map();
    this.sorted = [];
    this.sortedValid = true;
    this.totalCount = 0;
    this.minIndex = -1; // the bucket of the smallest non-zero value recorded
    this.maxIndex = -1; // the bucket of the largest
    // Node's own tallies next to the histogram.
    this.count = 0;
    this.exceeds = 0;
    this.prev = 0n;
  }

  // The counts index of a value (a number held exactly, or a bigint).
  indexOf(value) {
    let bits;
    if (typeof value === 'bigint') bits = value.toString(2).length;
    else bits = value === 0 ? 0 : bitLength(value);
    const bucket = Math.max(bits, this.maskBits) - this.unitMag - (this.halfMag + 1);
    const shift = bucket + this.unitMag;
    const sub = typeof value === 'bigint' ? Number(value >> BigInt(shift)) : Math.floor(value / 2 ** shift);
    return (bucket + 1) * this.halfCount + (sub - this.halfCount);
  }

  // The bucket and sub-bucket of a counts index.
  bucketOf(index) {
    let bucket = Math.floor(index / this.halfCount) - 1;
    let sub = (index % this.halfCount) + this.halfCount;
    if (bucket < 0) {
      sub -= this.halfCount;
      bucket = 0;
    }
    return [bucket, sub];
  }

  // The lowest value of a bucket: at most 18 significant bits, so always an exact number.
  valueAt(index) {
    const [bucket, sub] = this.bucketOf(index);
    return sub * 2 ** (bucket + this.unitMag);
  }

  rangeAt(index) {
    return 2 ** (this.bucketOf(index)[0] + this.unitMag);
  }

  medianAt(index) {
    return this.valueAt(index) + Math.floor(this.rangeAt(index) / 2);
  }

  highestAt(index, big) {
    if (big) return BigInt(this.valueAt(index)) + BigInt(this.rangeAt(index)) - 1n;
    return this.valueAt(index) + this.rangeAt(index) - 1;
  }

  // hdr_record_values: false when the value is beyond the highest trackable value.
  recordValues(value, n) {
    if (value < 0 || this.highest < value) return false;
    const index = this.indexOf(value);
    if (index < 0 || index >= this.countsLen) return false;
    const before = this.counts.get(index);
    if (before === undefined) {
      this.counts.set(index, n);
      this.sortedValid = false;
    } else {
      this.counts.set(index, before + n);
    }
    this.totalCount += n;
    if (value > 0) {
      if (this.maxIndex < index) this.maxIndex = index;
      if (this.minIndex === -1 || index < this.minIndex) this.minIndex = index;
    }
    return true;
  }

  // Node's Record: counts what was recorded, and what exceeded the range.
  record(value) {
    if (this.recordValues(value, 1)) this.count++;
    else this.exceeds++;
  }

  recordDelta() {
    const time = process.hrtime.bigint();
    if (this.prev > 0n) {
      const delta = time - this.prev;
      this.record(delta <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(delta) : delta);
    }
    this.prev = time;
  }

  indices() {
    if (!this.sortedValid) {
      this.sorted = [...this.counts.keys()].sort((a, b) => a - b);
      this.sortedValid = true;
    }
    return this.sorted;
  }

  add(other) {
    this.count += other.count;
    this.exceeds += other.exceeds;
    if (other.prev > this.prev) this.prev = other.prev;
    for (const index of other.indices()) this.recordValues(other.valueAt(index), other.counts.get(index));
  }

  min(big) {
    if (this.counts.get(0) > 0) return big ? 0n : 0;
    if (this.minIndex === -1) return big ? INT64_MAX : Number(INT64_MAX);
    const value = this.valueAt(this.minIndex);
    return big ? BigInt(value) : value;
  }

  max(big) {
    if (this.maxIndex === -1) return big ? 0n : 0;
    return this.highestAt(this.maxIndex, big);
  }

  // hdr_mean: the buckets' median values times their counts, summed as a signed 64-bit integer.
  mean() {
    let total = 0n;
    for (const index of this.indices()) {
      const product = BigInt.asIntN(64, BigInt(this.counts.get(index)) * BigInt(this.medianAt(index)));
      total = BigInt.asIntN(64, total + product);
    }
    return Number(total) / this.totalCount;
  }

  stddev() {
    const mean = this.mean();
    let total = 0;
    for (const index of this.indices()) {
      const dev = this.medianAt(index) - mean;
      total += (dev * dev) * this.counts.get(index);
    }
    return Math.sqrt(total / this.totalCount);
  }

  percentile(percentile, big) {
    let countAt = Math.trunc((percentile / 100) * this.totalCount + 0.5);
    if (!(countAt > 0)) countAt = 1;
    let cumulative = 0;
    for (const index of this.indices()) {
      cumulative += this.counts.get(index);
      if (cumulative >= countAt) return this.highestAt(index, big);
    }
    return this.highestAt(0, big);
  }

  // HdrHistogram's percentile iteration with one tick per half distance: each step reports the
  // lowest value of the bucket that reaches the percentile, and the last one is 100.
  percentiles(map, big) {
    const list = this.indices();
    const total = this.totalCount;
    let pos = -1;
    let cumulative = 0;
    let count = 0;
    let value = 0;
    let iterateTo = 0;
    let percentile = 0;
    const step = () => {
      if (!(cumulative < total) || pos >= list.length - 1) return false;
      pos++;
      count = this.counts.get(list[pos]);
      cumulative += count;
      value = this.valueAt(list[pos]);
      return true;
    };
    const set = (key) => map.set(key, big ? BigInt(value) : value);
    for (;;) {
      if (!(cumulative < total)) {
        set(100);
        return;
      }
      if (pos === -1 && !step()) return;
      let reported = false;
      do {
        const current = (100 * cumulative) / total;
        if (count !== 0 && iterateTo <= current) {
          percentile = iterateTo;
          set(percentile);
          const temp = Math.trunc(Math.log(100 / (100 - iterateTo)) / Math.log(2)) + 1;
          iterateTo += 100 / 2 ** temp;
          reported = true;
          break;
        }
      } while (step());
      if (!reported) {
        set(percentile);
        if (cumulative < total) return;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The classes

// A Map whose prototype holds Map's methods over a null prototype, as Node's SafeMap: what the
// `percentiles` getters return.
class SafeMap extends Map {
  constructor(entries = undefined) {
    super(entries);
  }
}
for (const key of ['get', 'set', 'has', 'delete', 'clear', 'entries', 'forEach', 'keys', 'size', 'values',
  Symbol.toStringTag, Symbol.iterator]) {
  Object.defineProperty(SafeMap.prototype, key, Object.getOwnPropertyDescriptor(Map.prototype, key));
}
Object.defineProperty(SafeMap, Symbol.species, Object.getOwnPropertyDescriptor(Map, Symbol.species));
Object.setPrototypeOf(SafeMap.prototype, null);
Object.freeze(SafeMap.prototype);
Object.freeze(SafeMap);

// How V8 names a receiver in "called on incompatible receiver".
function describeReceiver(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  const ctor = value.constructor;
  return `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
}

function mapEntries(map) {
  try {
    return Map.prototype.entries.call(map);
  } catch {
    throw new TypeError(`Method Map.prototype.entries called on incompatible receiver ${describeReceiver(map)}`);
  }
}

// Brand checks, set from inside the classes (they read private fields).
let hdrOf;
let checkRecordable;
let isRecordable;
let checkELD;

class Histogram {
  #hdr;
  #map = new SafeMap();

  constructor(key = undefined, hdr = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#hdr = hdr;
  }

  static {
    hdrOf = (self) => {
      if (self === null || typeof self !== 'object' || !(#hdr in self)) throw new ERR_INVALID_THIS('Histogram');
      return self.#hdr;
    };
  }

  get count() { return hdrOf(this).count; }

  get countBigInt() { return BigInt(hdrOf(this).count); }

  get min() { return hdrOf(this).min(false); }

  get minBigInt() { return hdrOf(this).min(true); }

  get max() { return hdrOf(this).max(false); }

  get maxBigInt() { return hdrOf(this).max(true); }

  get mean() { return hdrOf(this).mean(); }

  get exceeds() { return hdrOf(this).exceeds; }

  get exceedsBigInt() { return BigInt(hdrOf(this).exceeds); }

  get stddev() { return hdrOf(this).stddev(); }

  percentile(percentile) {
    const hdr = hdrOf(this);
    validateNumber(percentile, 'percentile');
    if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return hdr.percentile(percentile, false);
  }

  percentileBigInt(percentile) {
    const hdr = hdrOf(this);
    validateNumber(percentile, 'percentile');
    if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return hdr.percentile(percentile, true);
  }

  get percentiles() {
    const hdr = hdrOf(this);
    this.#map.clear();
    hdr.percentiles(this.#map, false);
    return this.#map;
  }

  get percentilesBigInt() {
    const hdr = hdrOf(this);
    this.#map.clear();
    hdr.percentiles(this.#map, true);
    return this.#map;
  }

  reset() {
    hdrOf(this).resetAll();
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(mapEntries(this.percentiles)),
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return `[${this.constructor.name}]`;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }
}
for (const key of ['percentile', 'percentileBigInt', 'reset', 'toJSON', customInspectSymbol]) {
  Object.defineProperty(Histogram.prototype, key, { enumerable: false });
}

class RecordableHistogram extends Histogram {
  #recordable = true;

  constructor(key = undefined, hdr = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, hdr);
    // Node's instances carry their constructor as an own enumerable property.
    Object.defineProperty(this, 'constructor',
      { value: RecordableHistogram, writable: true, enumerable: true, configurable: true });
  }

  static {
    checkRecordable = (self) => {
      if (!isRecordable(self)) throw new ERR_INVALID_THIS('RecordableHistogram');
      return hdrOf(self);
    };
    isRecordable = (value) => value !== null && typeof value === 'object' && #recordable in value;
  }

  record(val) {
    const hdr = checkRecordable(this);
    if (typeof val === 'bigint') {
      if (val < 1n || val > INT64_MAX) throw cppError(RangeError, 'ERR_OUT_OF_RANGE', 'value is out of range');
      hdr.record(val <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(val) : val);
      return;
    }
    validateInteger(val, 'val', 1);
    hdr.record(val);
  }

  recordDelta() {
    checkRecordable(this).recordDelta();
  }

  add(other) {
    const hdr = checkRecordable(this);
    if (other == null) {
      throw new TypeError(`Cannot read properties of ${other} (reading 'Symbol(kRecordable)')`);
    }
    if (!isRecordable(other)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    hdr.add(hdrOf(other));
  }
}
for (const key of ['record', 'recordDelta', 'add']) {
  Object.defineProperty(RecordableHistogram.prototype, key, { enumerable: false });
}

// monitorEventLoopDelay's histogram: while enabled, an unref'd interval timer records the time
// between its firings (in nanoseconds), so a blocked loop shows as long gaps.
class ELDHistogram extends Histogram {
  #enabled = false;
  #resolution;
  #timer = null;

  constructor(key, hdr = undefined, resolution = 10) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, hdr);
    this.#resolution = resolution;
  }

  static {
    checkELD = (self) => {
      if (self === null || typeof self !== 'object' || !(#enabled in self)) {
        throw new ERR_INVALID_THIS('ELDHistogram');
      }
    };
  }

  enable() {
    checkELD(this);
    if (this.#enabled) return false;
    this.#enabled = true;
    // NOTE: a resolution beyond the timers' range (about 24.8 days) never fires here.
    if (this.#resolution <= TIMEOUT_MAX) {
      const hdr = hdrOf(this);
      this.#timer = require('timers').setInterval(() => hdr.recordDelta(), this.#resolution);
      this.#timer.unref();
    }
    return true;
  }

  disable() {
    checkELD(this);
    if (!this.#enabled) return false;
    this.#enabled = false;
    if (this.#timer !== null) {
      require('timers').clearInterval(this.#timer);
      this.#timer = null;
    }
    return true;
  }
}
for (const key of ['enable', 'disable']) {
  Object.defineProperty(ELDHistogram.prototype, key, { enumerable: false });
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  const mixed = () => new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  if (typeof highest !== 'bigint') {
    if (typeof lowest === 'bigint') throw mixed();
    validateInteger(highest, 'options.highest', 2 * lowest, Number.MAX_SAFE_INTEGER);
  } else if (typeof lowest !== 'bigint') {
    throw mixed();
  } else if (highest < 2n * lowest) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('options.highest', highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kCreate, new Hdr(lowest, highest, figures));
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kCreate, new Hdr(1, Number.MAX_SAFE_INTEGER, 3), resolution);
}

module.exports = {
  Histogram,
  RecordableHistogram,
  ELDHistogram,
  createHistogram,
  monitorEventLoopDelay,
};
