'use strict';
// Intl.Collator (and String.prototype.localeCompare) for nodeboa's Intl subset: an
// approximation of the root collation ICU uses, in three levels. Primary: spaces, then
// punctuation, then symbols, then digits, then letters by their base letter (accents and case
// removed); secondary: accents; tertiary: case, lowercase first. `numeric` compares digit runs
// by value; `sensitivity` picks the levels compared.

const { resolve, getOption, toOptions } = require('internal/intl/locale');

const MARKS = /\p{M}/gu;

function charClass(c) {
  if (/\s/u.test(c)) return 0;
  if (/\p{P}/u.test(c)) return 1;
  if (/\p{S}/u.test(c)) return 2;
  if (/\p{Nd}/u.test(c)) return 3;
  return 4;
}

// The primary elements of `s`: [class, key] pairs, digit runs as one numeric element.
function primary(s, numeric) {
  const base = s.normalize('NFD').replace(MARKS, '').toLowerCase();
  const out = [];
  const chars = [...base];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const cls = charClass(c);
    if (numeric && cls === 3) {
      let j = i;
      while (j < chars.length && charClass(chars[j]) === 3) j++;
      const run = chars.slice(i, j).join('').replace(/^0+(?=\d)/, '');
      out.push([3, run.length, run]);
      i = j - 1;
      continue;
    }
    out.push([cls, 0, c]);
  }
  return out;
}

function comparePrimary(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const [ca, la, ka] = a[i];
    const [cb, lb, kb] = b[i];
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (la !== lb) return la < lb ? -1 : 1;
    if (ka !== kb) return ka < kb ? -1 : 1;
  }
  return a.length === b.length ? 0 : (a.length < b.length ? -1 : 1);
}

function accents(s) {
  return [...s.normalize('NFD')].map((c) => (/\p{M}/u.test(c) ? c : '')).join('\u0000');
}

function caseKey(s, upperFirst) {
  return [...s.normalize('NFD').replace(MARKS, '')].map((c) => {
    const upper = c !== c.toLowerCase();
    return (upper !== upperFirst) ? '1' : '0';
  }).join('');
}

class Collator {
  constructor(locales, options) {
    const { locale } = resolve(locales);
    options = toOptions(options);
    const usage = getOption(options, 'usage', ['sort', 'search'], 'sort');
    const sensitivity = getOption(options, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant');
    const numeric = getOption(options, 'numeric', true, false);
    const caseFirst = getOption(options, 'caseFirst', ['upper', 'lower', 'false'], 'false');
    const ignorePunctuation = getOption(options, 'ignorePunctuation', true, false);
    this._ = { locale, usage, sensitivity, numeric, caseFirst, ignorePunctuation };
  }

  get compare() {
    this._compare ??= (x, y) => this._compareStrings(String(x), String(y));
    return this._compare;
  }

  _compareStrings(x, y) {
    if (x === y) return 0;
    const o = this._;
    if (o.ignorePunctuation) {
      x = x.replace(/[\p{P}\s]/gu, '');
      y = y.replace(/[\p{P}\s]/gu, '');
    }
    const p = comparePrimary(primary(x, o.numeric), primary(y, o.numeric));
    if (p !== 0 || o.sensitivity === 'base') return p;
    if (o.sensitivity !== 'case') {
      const ax = accents(x);
      const ay = accents(y);
      if (ax !== ay) return ax < ay ? -1 : 1;
      if (o.sensitivity === 'accent') return 0;
    }
    const cx = caseKey(x, o.caseFirst === 'upper');
    const cy = caseKey(y, o.caseFirst === 'upper');
    if (cx !== cy) return cx < cy ? -1 : 1;
    return 0;
  }

  resolvedOptions() {
    const o = this._;
    return { locale: o.locale, usage: o.usage, sensitivity: o.sensitivity, ignorePunctuation: o.ignorePunctuation,
      collation: 'default', numeric: o.numeric, caseFirst: o.caseFirst };
  }

  static supportedLocalesOf(locales) {
    return require('internal/intl/locale').getCanonicalLocales(locales);
  }
}

Object.defineProperty(Collator.prototype, Symbol.toStringTag, { value: 'Intl.Collator', configurable: true });

module.exports = { Collator };
