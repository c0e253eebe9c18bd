// internal/assert/calltracker: assert.CallTracker, which wraps functions and checks later that
// each was called the expected number of times.
'use strict';

const { AssertionError } = require('internal/assert/assertion_error');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const noop = () => {};

class CallTracker {
  #calls = new Map();

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const record = { exact: expected, calls: [], name: fn.name || 'calls' };
    const tracked = new Proxy(fn, {
      apply(target, thisArg, args) {
        record.calls.push({ thisArg, arguments: args });
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#calls.set(tracked, record);
    return tracked;
  }

  #record(tracked) {
    const record = this.#calls.get(tracked);
    if (record === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return record;
  }

  getCalls(fn) {
    return this.#record(fn).calls.slice();
  }

  reset(fn) {
    if (fn === undefined) {
      for (const record of this.#calls.values()) record.calls = [];
    } else {
      this.#record(fn).calls = [];
    }
  }

  report() {
    const out = [];
    for (const record of this.#calls.values()) {
      if (record.calls.length !== record.exact) {
        out.push({
          message: `Expected the ${record.name} function to be executed ${record.exact} time(s) but was ` +
            `executed ${record.calls.length} time(s).`,
          actual: record.calls.length,
          expected: record.exact,
          operator: record.name,
          stack: new Error(),
        });
      }
    }
    return out;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = { CallTracker };
