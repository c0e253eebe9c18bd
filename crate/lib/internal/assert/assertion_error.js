// internal/assert/assertion_error: the AssertionError class and the text of its generated
// messages (the one-line comparisons, the `+ actual - expected` line diff and its elisions).
'use strict';

const { inspect } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kMaxShortLength = 12;
const kMaxLines = 50;

const kHeadline = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// How values are shown inside assertion messages: fully expanded, one property per line, keys
// sorted, so that two renderings can be compared line by line.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectish(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// Keeps the first lines of a long rendering, marking the cut with `...`.
function truncateLines(lines) {
  if (lines.length > kMaxLines) {
    lines.length = 47;
    lines[46] = '...';
  }
  return lines;
}

// Renders the `identical` unchanged lines that precede position `i` of `lines`: up to three of
// them, with `...` standing for the rest when more than five were unchanged.
function unchangedContext(lines, i, identical, state) {
  let out = '';
  if (identical <= 2) return out;
  if (identical > 4) {
    if (identical === 5) {
      out += `\n  ${lines[i - 3]}`;
      state.printed++;
    } else {
      out += '\n...';
      state.skipped = true;
    }
  }
  if (identical > 3) {
    out += `\n  ${lines[i - 2]}`;
    state.printed++;
  }
  out += `\n  ${lines[i - 1]}`;
  state.printed++;
  return out;
}

// The message of a failed strictEqual / deepStrictEqual: a one-line comparison for short
// primitives, otherwise a line diff of both renderings.
// A custom message, when given, takes the place of the headline.
function createErrDiff(actual, expected, operator, custom) {
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let pos = 0;
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const b = expectedLines[0];
    const total = a.length + b.length;
    if (total <= kMaxShortLength) {
      if (!(typeof actual === 'object' && actual !== null) && !(typeof expected === 'object' && expected !== null) &&
          (actual !== 0 || expected !== 0)) {
        return `${custom || kHeadline[operator]}\n\n${a} !== ${b}\n`;
      }
    } else if (operator !== 'strictEqualObject' && total < 80) {
      while (a[pos] === b[pos]) pos++;
      if (pos > 2) {
        indicator = `\n  ${' '.repeat(pos)}^`;
        pos = 0;
      }
    }
  }

  // Common trailing lines are dropped from the diff; up to three come back as context.
  let tail = '';
  let hiddenTail = '';
  let cached = '';
  let skipped = false;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (pos++ < 3) tail = `\n  ${line}${tail}`;
    else hiddenTail = line;
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = truncateLines(actualText.split('\n'));
    return `${kHeadline.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  if (pos >= 5) {
    tail = `\n...${tail}`;
    skipped = true;
  }
  if (hiddenTail !== '') tail = `\n  ${hiddenTail}${tail}`;

  const head = `${custom || kHeadline[operator]}\n+ actual - expected`;
  const skippedNote = ' ... Lines skipped';
  const state = { printed: 0, skipped: false };
  let res = '';
  let identical = 0;

  // The longer side supplies the lines left over once the shorter runs out.
  const longer = actualLines.length < maxLines ? expectedLines : actualLines;
  const longerSign = longer === actualLines ? '+' : '-';
  const shorterLength = longer === actualLines ? expectedLines.length : actualLines.length;

  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      res += unchangedContext(longer, i, identical, state);
      identical = 0;
      if (longer === actualLines) res += `\n${longerSign} ${longer[i]}`;
      else cached += `\n${longerSign} ${longer[i]}`;
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        res += unchangedContext(actualLines, i, identical, state);
        identical = 0;
        res += `\n+ ${actualLine}`;
        cached += `\n- ${expectedLine}`;
        state.printed += 2;
      } else {
        res += cached;
        cached = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > kMaxLines && i < maxLines - 2) {
      return `${head}${skippedNote}\n${res}\n...${cached}\n...`;
    }
  }
  skipped = skipped || state.skipped;
  return `${head}${skipped ? skippedNote : ''}\n${res}${cached}${tail}${indicator}`;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kHeadline[operator];
    if (operator === 'notStrictEqual' && isObjectish(actual)) base = kHeadline.notStrictEqualObject;
    const lines = truncateLines(inspectValue(actual).split('\n'));
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const headline = kHeadline[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${headline}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${headline}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else if (kHeadline[`${operator}Unequal`] !== undefined) {
    res = `${kHeadline[`${operator}Unequal`]}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
  } else {
    other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

// A stack-less stand-in for an error, so that a diff of two errors shows `[Error: msg]` and not
// their (always different) stack traces.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  // NOTE: Boa's Error.prototype has a `stack` accessor; an own undefined hides it.
  Object.defineProperty(target, 'stack', { value: undefined });
  if (source.cause !== undefined) {
    let cause = source.cause;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    if (message == null && actual instanceof Error && expected instanceof Error) {
      actual = copyError(actual);
      expected = copyError(expected);
    }
    if ((operator === 'deepStrictEqual' || operator === 'strictEqual') && details === undefined &&
        (message == null || typeof message === 'string')) {
      super(createErrDiff(actual, expected, operator, message || undefined));
    } else if (message != null) {
      super(String(message));
    } else if (details !== undefined) {
      super(details.map((d) => d.message).join('\n'));
    } else {
      super(generateMessage(actual, expected, operator));
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details !== undefined) {
      actual = details[0] && details[0].actual;
      expected = details[0] && details[0].expected;
    }
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn);
    }
    // Reading the stack fixes its header while the name still carries the code.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Long strings in actual/expected are cut short while the error is shown.
    const saved = { actual: this.actual, expected: this.expected };
    for (const key of ['actual', 'expected']) {
      const v = this[key];
      if (typeof v === 'string') {
        const lines = v.split('\n');
        if (lines.length > 10) {
          lines.length = 10;
          this[key] = `${lines.join('\n')}\n...`;
        } else if (v.length > 512) {
          this[key] = `${v.slice(0, 512)}...`;
        }
      }
    }
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = saved.actual;
    this.expected = saved.expected;
    return result;
  }
}

module.exports = { AssertionError, inspectValue };
