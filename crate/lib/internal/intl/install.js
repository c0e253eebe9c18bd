'use strict';
// Points the locale-sensitive built-ins (Number/BigInt/Date#toLocale*String,
// String#localeCompare) at nodeboa's Intl subset, loading it on first use.

let intl;
const load = () => (intl ??= require('internal/intl/index'));

function define(proto, name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
}

function thisNumber(value, method) {
  if (typeof value === 'number') return value;
  if (value instanceof Number) return Number.prototype.valueOf.call(value);
  throw new TypeError(`Number.prototype.${method} requires that 'this' be a Number`);
}

define(Number.prototype, 'toLocaleString', {
  toLocaleString(locales, options) {
    return load().formatNumber(thisNumber(this, 'toLocaleString'), locales, options);
  },
}.toLocaleString);
define(BigInt.prototype, 'toLocaleString', {
  toLocaleString(locales, options) {
    return load().formatNumber(BigInt.prototype.valueOf.call(this), locales, options);
  },
}.toLocaleString);
for (const [name, which] of [['toLocaleString', 'any'], ['toLocaleDateString', 'date'], ['toLocaleTimeString', 'time']]) {
  const valueOf = Date.prototype.valueOf;
  define(Date.prototype, name, {
    [name](locales, options) {
      return load().formatDate(valueOf.call(this), locales, options, which);
    },
  }[name]);
}
define(String.prototype, 'localeCompare', {
  localeCompare(that, locales, options) {
    if (this === undefined || this === null) {
      throw new TypeError('String.prototype.localeCompare called on null or undefined');
    }
    return load().compareStrings(String(this), String(that), locales, options);
  },
}.localeCompare);
