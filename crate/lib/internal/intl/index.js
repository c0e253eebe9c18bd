'use strict';
// The global `Intl` of nodeboa: a subset in JavaScript (Boa is built without ICU, whose data
// would double the wasm download). English rules, with the number separators and date orders
// of a few common locales; see the files beside this one. It also backs the locale-sensitive
// methods of Number, BigInt, Date and String, which bootstrap points here (./install.js).

const { getCanonicalLocales } = require('internal/intl/locale');
const { NumberFormat } = require('internal/intl/number_format');
const { DateTimeFormat } = require('internal/intl/date_time_format');
const { Collator } = require('internal/intl/collator');
const { PluralRules, RelativeTimeFormat, ListFormat, Segmenter } = require('internal/intl/plural_and_lists');

const Intl = {};
for (const [name, value] of Object.entries({
  getCanonicalLocales, supportedValuesOf, Collator, DateTimeFormat, ListFormat, NumberFormat, PluralRules,
  RelativeTimeFormat, Segmenter,
})) {
  Object.defineProperty(Intl, name, { value, writable: true, configurable: true, enumerable: false });
}
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

function supportedValuesOf(key) {
  switch (key) {
    case 'calendar': return ['gregory'];
    case 'collation': return ['default'];
    case 'currency': return ['AUD', 'BRL', 'CAD', 'CHF', 'CNY', 'EUR', 'GBP', 'INR', 'JPY', 'KRW', 'MXN', 'USD'];
    case 'numberingSystem': return ['latn'];
    case 'timeZone': return ['UTC'];
    case 'unit': return [];
    default: throw new RangeError(`Invalid key : ${key}`);
  }
}

// Formatters for the prototype methods, cached for the common no-argument call.
let defaultNumber;
let defaultCollator;
const defaultDates = {};

function formatNumber(x, locales, options) {
  if (locales === undefined && options === undefined) return (defaultNumber ??= new NumberFormat()).format(x);
  return new NumberFormat(locales, options).format(x);
}

function formatDate(t, locales, options, which) {
  if (Number.isNaN(t)) return 'Invalid Date';
  if (locales === undefined && options === undefined) {
    return (defaultDates[which] ??= new DateTimeFormat(undefined, undefined, which)).format(t);
  }
  return new DateTimeFormat(locales, options, which).format(t);
}

function compareStrings(a, b, locales, options) {
  if (locales === undefined && options === undefined) return (defaultCollator ??= new Collator()).compare(a, b);
  return new Collator(locales, options).compare(a, b);
}

module.exports = { Intl, formatNumber, formatDate, compareStrings };
