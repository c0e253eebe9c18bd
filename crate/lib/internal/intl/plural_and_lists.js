'use strict';
// Intl.PluralRules, Intl.RelativeTimeFormat, Intl.ListFormat and Intl.Segmenter for nodeboa's
// Intl subset: English rules and words for every locale (see ./locale.js).

const { resolve, getOption, toOptions } = require('internal/intl/locale');
const { NumberFormat } = require('internal/intl/number_format');

class PluralRules {
  constructor(locales, options) {
    const { locale } = resolve(locales);
    options = toOptions(options);
    this._ = { locale, type: getOption(options, 'type', ['cardinal', 'ordinal'], 'cardinal'),
      format: new NumberFormat('en-US', { ...options, useGrouping: false }) };
  }

  select(n) {
    n = Number(n);
    if (this._.type === 'ordinal') {
      const i = Math.abs(Math.trunc(n));
      if (i % 10 === 1 && i % 100 !== 11) return 'one';
      if (i % 10 === 2 && i % 100 !== 12) return 'two';
      if (i % 10 === 3 && i % 100 !== 13) return 'few';
      return 'other';
    }
    return this._.format.format(Math.abs(n)) === '1' ? 'one' : 'other';
  }

  resolvedOptions() {
    return { locale: this._.locale, type: this._.type, ...this._.format.resolvedOptions(),
      pluralCategories: this._.type === 'ordinal' ? ['few', 'one', 'two', 'other'] : ['one', 'other'] };
  }

  static supportedLocalesOf(locales) {
    return require('internal/intl/locale').getCanonicalLocales(locales);
  }
}

const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const SHORT = { second: 'sec.', minute: 'min.', hour: 'hr.', day: ['day', 'days'], week: 'wk.', month: 'mo.',
  quarter: ['qtr.', 'qtrs.'], year: 'yr.' };
const AUTO = {
  day: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' },
  year: { '-1': 'last year', 0: 'this year', 1: 'next year' },
  month: { '-1': 'last month', 0: 'this month', 1: 'next month' },
  week: { '-1': 'last week', 0: 'this week', 1: 'next week' },
  quarter: { '-1': 'last quarter', 0: 'this quarter', 1: 'next quarter' },
  hour: { 0: 'this hour' }, minute: { 0: 'this minute' }, second: { 0: 'now' },
};

class RelativeTimeFormat {
  constructor(locales, options) {
    const { locale } = resolve(locales);
    options = toOptions(options);
    this._ = { locale, style: getOption(options, 'style', ['long', 'short', 'narrow'], 'long'),
      numeric: getOption(options, 'numeric', ['always', 'auto'], 'always'), nf: new NumberFormat('en-US') };
  }

  format(value, unit) {
    value = Number(value);
    if (!Number.isFinite(value)) throw new RangeError('Invalid value');
    unit = String(unit);
    const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
    if (!UNITS.includes(singular)) throw new RangeError(`Invalid unit argument for format() '${unit}'`);
    const o = this._;
    if (o.numeric === 'auto' && AUTO[singular] && AUTO[singular][String(value)] !== undefined && !Object.is(value, -0)) {
      return AUTO[singular][String(value)];
    }
    const abs = Math.abs(value);
    const number = o.nf.format(abs);
    let word;
    if (o.style === 'long') word = number === '1' ? singular : `${singular}s`;
    else {
      const short = SHORT[singular];
      word = Array.isArray(short) ? short[number === '1' ? 0 : 1] : short;
    }
    return value < 0 || Object.is(value, -0) ? `${number} ${word} ago` : `in ${number} ${word}`;
  }

  resolvedOptions() {
    return { locale: this._.locale, style: this._.style, numeric: this._.numeric, numberingSystem: 'latn' };
  }

  static supportedLocalesOf(locales) {
    return require('internal/intl/locale').getCanonicalLocales(locales);
  }
}

class ListFormat {
  constructor(locales, options) {
    const { locale } = resolve(locales);
    options = toOptions(options);
    this._ = { locale, type: getOption(options, 'type', ['conjunction', 'disjunction', 'unit'], 'conjunction'),
      style: getOption(options, 'style', ['long', 'short', 'narrow'], 'long') };
  }

  format(list) {
    const items = [...list].map((x) => {
      if (typeof x !== 'string') throw new TypeError(`Iterable yielded ${String(x)} which is not a string`);
      return x;
    });
    const { type, style } = this._;
    if (items.length === 0) return '';
    if (items.length === 1) return items[0];
    let word = type === 'disjunction' ? 'or' : 'and';
    if (type === 'conjunction' && style === 'short') word = '&';
    if (type === 'unit' || (type === 'conjunction' && style === 'narrow')) {
      return items.join(type === 'unit' && style === 'narrow' ? ' ' : ', ');
    }
    if (items.length === 2) return `${items[0]} ${word} ${items[1]}`;
    return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
  }

  resolvedOptions() {
    return { locale: this._.locale, type: this._.type, style: this._.style };
  }

  static supportedLocalesOf(locales) {
    return require('internal/intl/locale').getCanonicalLocales(locales);
  }
}

class Segmenter {
  constructor(locales, options) {
    const { locale } = resolve(locales);
    options = toOptions(options);
    this._ = { locale, granularity: getOption(options, 'granularity', ['grapheme', 'word', 'sentence'], 'grapheme') };
  }

  segment(input) {
    input = String(input);
    const { granularity } = this._;
    const re = granularity === 'grapheme' ?
      /\P{M}\p{M}*(?:\u200d\P{M}\p{M}*)*|\p{M}+/gu :
      granularity === 'word' ? /[\p{L}\p{N}_'’]+|\s+|./gu : /[^.!?]+[.!?]*\s*/gu;
    const segments = [];
    let m;
    while ((m = re.exec(input)) !== null) {
      const seg = { segment: m[0], index: m.index, input };
      if (granularity === 'word') seg.isWordLike = /[\p{L}\p{N}]/u.test(m[0]);
      segments.push(seg);
    }
    return {
      [Symbol.iterator]() {
        return segments[Symbol.iterator]();
      },
      containing(index = 0) {
        return segments.find((s) => index >= s.index && index < s.index + s.segment.length);
      },
    };
  }

  resolvedOptions() {
    return { locale: this._.locale, granularity: this._.granularity };
  }
}

for (const [cls, tag] of [[PluralRules, 'Intl.PluralRules'], [RelativeTimeFormat, 'Intl.RelativeTimeFormat'],
  [ListFormat, 'Intl.ListFormat'], [Segmenter, 'Intl.Segmenter']]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

module.exports = { PluralRules, RelativeTimeFormat, ListFormat, Segmenter };
