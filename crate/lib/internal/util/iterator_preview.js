'use strict';
// Previews of Map and Set iterators for util.inspect (`[Map Entries] { [ 'a', 1 ] }`), which
// V8 reads from the iterator's internal slots. Boa keeps those slots private, so this module,
// installed once at bootstrap, records them itself:
// - the methods that create collection iterators (Map#entries/keys/values/@@iterator,
//   Set#values/entries/keys/@@iterator) are wrapped to remember each iterator's collection
//   and kind in a WeakMap;
// - such an iterator gets a prototype whose `next` counts the entries it has consumed (it
//   inherits everything else from %MapIteratorPrototype% / %SetIteratorPrototype%).
// A preview is then a fresh native iterator over the same collection, skipping that count.
// `Map.prototype[Symbol.iterator]` and `Set.prototype[Symbol.iterator]` stay native, so a plain
// `for (const x of map)` pays nothing; only explicit `entries()`/`keys()`/`values()` calls do.
//
// NOTE: the wrapped methods print their JavaScript source from Function.prototype.toString
// instead of `[native code]`; `Map.prototype[Symbol.iterator] !== Map.prototype.entries` (and
// likewise for Set); an iterator from `map[Symbol.iterator]()` has no preview; and deleting
// entries ahead of a live iterator's position can shift its preview (V8 reads the real cursor;
// we replay a count).

const records = new WeakMap();
const natives = { mapEntries: Map.prototype.entries, setValues: Set.prototype.values };
let installed = false;

function replaceMethod(target, key, name, make) {
  const desc = Object.getOwnPropertyDescriptor(target, key);
  const original = desc.value;
  const wrapped = make(original);
  Object.defineProperty(wrapped, 'name', { value: name, configurable: true });
  Object.defineProperty(wrapped, 'length', { value: original.length, configurable: true });
  Object.defineProperty(target, key, { ...desc, value: wrapped });
  return wrapped;
}

function recordingCreator(kind, countingProto) {
  return (original) => ({
    method() {
      const iterator = original.call(this);
      records.set(iterator, { source: this, kind, consumed: 0 });
      Object.setPrototypeOf(iterator, countingProto);
      return iterator;
    },
  }).method;
}

// A prototype over `iteratorProto` whose `next` counts what each recorded iterator consumed.
function countingPrototype(iteratorProto) {
  const proto = Object.create(iteratorProto);
  const original = iteratorProto.next;
  const next = countingNext(original);
  Object.defineProperty(next, 'name', { value: 'next', configurable: true });
  Object.defineProperty(proto, 'next', { value: next, writable: true, configurable: true, enumerable: false });
  return proto;
}

function countingNext(original) {
  return {
    next() {
      const result = original.call(this);
      if (!result.done) {
        const record = records.get(this);
        if (record !== undefined) record.consumed++;
      }
      return result;
    },
  }.next;
}

function install() {
  if (installed) return;
  installed = true;
  const mapIteratorProto = Object.getPrototypeOf(new Map().entries());
  const setIteratorProto = Object.getPrototypeOf(new Set().values());
  const mapCounting = countingPrototype(mapIteratorProto);
  const setCounting = countingPrototype(setIteratorProto);
  for (const kind of ['entries', 'keys', 'values']) {
    replaceMethod(Map.prototype, kind, kind, recordingCreator(kind, mapCounting));
  }
  const setValues = replaceMethod(Set.prototype, 'values', 'values', recordingCreator('values', setCounting));
  replaceMethod(Set.prototype, 'entries', 'entries', recordingCreator('entries', setCounting));
  Object.defineProperty(Set.prototype, 'keys', { ...Object.getOwnPropertyDescriptor(Set.prototype, 'keys'), value: setValues });
}

// `[entries, isKeyValue]` for a recorded Map or Set iterator: the entries it has yet to
// produce (a flat key, value, key, value list when isKeyValue), or undefined if unknown.
function previewIterator(iterator) {
  const record = records.get(iterator);
  if (record === undefined) return undefined;
  const { source, kind } = record;
  const isMap = source instanceof Map || Object.getPrototypeOf(iterator) === Object.getPrototypeOf(new Map().entries());
  const all = isMap ? natives.mapEntries.call(source) : natives.setValues.call(source);
  const entries = [];
  let skip = record.consumed;
  for (let step = all.next(); !step.done; step = all.next()) {
    if (skip > 0) {
      skip--;
      continue;
    }
    if (isMap) {
      const [k, v] = step.value;
      if (kind === 'entries') entries.push(k, v);
      else entries.push(kind === 'keys' ? k : v);
    } else if (kind === 'entries') {
      entries.push(step.value, step.value);
    } else {
      entries.push(step.value);
    }
  }
  return [entries, kind === 'entries'];
}

module.exports = { install, previewIterator };
