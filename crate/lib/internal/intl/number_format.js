'use strict';
// Intl.NumberFormat for nodeboa's Intl subset (see ./locale.js): decimal, percent and currency
// styles, compact notation, fraction and significant digits, grouping and sign display.
// Rounding works on the number's shortest decimal form, half away from zero, as ICU does:
// (1.005).toLocaleString(undefined, { maximumFractionDigits: 2 }) is '1.01'.

const { resolve, getOption, toOptions } = require('internal/intl/locale');

const CURRENCY_DIGITS = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, HUF: 2, BHD: 3, KWD: 3, JOD: 3, TND: 3 };
const SYMBOLS = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', CAD: 'CA$', AUD: 'A$', KRW: '₩',
  BRL: 'R$', MXN: 'MX$', ILS: '₪', NZD: 'NZ$', HKD: 'HK$', TWD: 'NT$', VND: '₫', PHP: '₱', XAF: 'FCFA',
};
const NARROW = { CAD: '$', AUD: '$', MXN: '$', NZD: '$', HKD: '$', TWD: '$', CNY: '¥', BRL: 'R$' };
const NAMES = {
  USD: ['US dollar', 'US dollars'], EUR: ['euro', 'euros'], GBP: ['British pound', 'British pounds'],
  JPY: ['Japanese yen', 'Japanese yen'], INR: ['Indian rupee', 'Indian rupees'], CNY: ['Chinese yuan', 'Chinese yuan'],
  CAD: ['Canadian dollar', 'Canadian dollars'], AUD: ['Australian dollar', 'Australian dollars'],
  CHF: ['Swiss franc', 'Swiss francs'], BRL: ['Brazilian real', 'Brazilian reals'], MXN: ['Mexican peso', 'Mexican pesos'],
};
const COMPACT_SHORT = ['', 'K', 'M', 'B', 'T'];
const COMPACT_LONG = ['', ' thousand', ' million', ' billion', ' trillion'];

// |x| as decimal digits and a point position: |x| = 0.DIGITS × 10^point.
function decimalOf(x) {
  const s = String(Math.abs(x));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  let digits = m[1] + (m[2] || '');
  let point = m[1].length + (m[3] ? Number(m[3]) : 0);
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  point -= lead;
  if (digits === '') return { digits: '', point: 0 };
  return { digits: digits.replace(/0+$/, ''), point };
}

// Keep `keep` digits (half away from zero).
function roundDigits({ digits, point }, keep) {
  if (keep < 0) return { digits: '', point: 0 };
  if (digits.length <= keep) return { digits, point };
  let kept = digits.slice(0, keep);
  if (digits.charCodeAt(keep) >= 53) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    if (i < 0) return { digits: '1', point: point + 1 };
    kept = kept.slice(0, i) + String(Number(kept[i]) + 1);
  }
  return { digits: kept.replace(/0+$/, ''), point };
}

function group(int, data, useGrouping) {
  if (!useGrouping || int.length < 4 || (data.minGrouping === 2 && int.length < 5)) return [int];
  const out = [];
  let end = int.length;
  out.unshift(int.slice(end - 3, end));
  end -= 3;
  const size = data.indian ? 2 : 3;
  while (end > 0) {
    out.unshift(int.slice(Math.max(0, end - size), end));
    end -= size;
  }
  return out;
}

class NumberFormat {
  constructor(locales, options) {
    const { locale, data } = resolve(locales);
    options = toOptions(options);
    const style = getOption(options, 'style', ['decimal', 'percent', 'currency', 'unit'], 'decimal');
    let currency = options.currency;
    if (style === 'currency') {
      if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
      currency = String(currency);
      if (!/^[A-Za-z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
      currency = currency.toUpperCase();
    }
    const currencyDisplay = getOption(options, 'currencyDisplay', ['symbol', 'narrowSymbol', 'code', 'name'], 'symbol');
    const currencySign = getOption(options, 'currencySign', ['standard', 'accounting'], 'standard');
    const notation = getOption(options, 'notation', ['standard', 'scientific', 'engineering', 'compact'], 'standard');
    const compactDisplay = getOption(options, 'compactDisplay', ['short', 'long'], 'short');
    const signDisplay = getOption(options, 'signDisplay', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto');
    const grouping = options.useGrouping;
    const useGrouping = grouping === undefined ? 'auto' : (grouping === false || grouping === 'false' ? false : 'auto');
    const int = (name, min, max, fallback) => {
      const v = options[name];
      if (v === undefined) return fallback;
      const n = Math.floor(Number(v));
      if (!(n >= min && n <= max)) throw new RangeError(`${name} value is out of range.`);
      return n;
    };
    const cDigits = style === 'currency' ? (CURRENCY_DIGITS[currency] ?? 2) : 0;
    const defaultMax = style === 'currency' ? cDigits : style === 'percent' ? 0 : 3;
    const minimumIntegerDigits = int('minimumIntegerDigits', 1, 21, 1);
    const minSig = int('minimumSignificantDigits', 1, 21, undefined);
    const maxSig = int('maximumSignificantDigits', 1, 21, undefined);
    let minFrac = int('minimumFractionDigits', 0, 100, undefined);
    let maxFrac = int('maximumFractionDigits', 0, 100, undefined);
    if (minFrac !== undefined && maxFrac !== undefined && minFrac > maxFrac) {
      throw new RangeError('maximumFractionDigits value is out of range.');
    }
    const compactRounding = notation === 'compact' && minFrac === undefined && maxFrac === undefined &&
      minSig === undefined && maxSig === undefined;
    minFrac ??= Math.min(style === 'currency' ? cDigits : 0, maxFrac ?? Infinity);
    maxFrac ??= Math.max(defaultMax, minFrac);
    this._ = {
      locale, data, style, currency, currencyDisplay, currencySign, notation, compactDisplay, signDisplay,
      useGrouping, minimumIntegerDigits, minFrac, maxFrac, minSig, maxSig, compactRounding,
    };
  }

  // A getter returning a function bound to this formatter, as the spec has it (`list.map(nf.format)`).
  get format() {
    this._format ??= (value) => this.formatToParts(value).map((p) => p.value).join('');
    return this._format;
  }

  formatToParts(value) {
    const o = this._;
    const x = typeof value === 'bigint' ? value : Number(value);
    const parts = [];
    const negative = typeof x === 'bigint' ? x < 0n : (x < 0 || Object.is(x, -0));
    let body;
    if (typeof x === 'number' && Number.isNaN(x)) {
      body = [{ type: 'nan', value: 'NaN' }];
    } else if (typeof x === 'number' && !Number.isFinite(x)) {
      body = [{ type: 'infinity', value: '∞' }];
    } else {
      body = this._digits(typeof x === 'bigint' ? { digits: (x < 0n ? -x : x).toString().replace(/0+$/, ''),
        point: (x < 0n ? -x : x).toString().length } : decimalOf(x));
    }
    const isZero = body.every((p) => p.type !== 'integer' || /^0*$/.test(p.value)) &&
      body.every((p) => p.type !== 'fraction' || /^0*$/.test(p.value)) && body[0].type !== 'nan' &&
      body[0].type !== 'infinity';
    let sign = '';
    switch (o.signDisplay) {
      case 'auto': sign = negative ? '-' : ''; break;
      case 'always': sign = negative ? '-' : '+'; break;
      case 'exceptZero': sign = isZero ? '' : (negative ? '-' : '+'); break;
      case 'negative': sign = negative && !isZero ? '-' : ''; break;
      default: sign = '';
    }
    const accounting = o.style === 'currency' && o.currencySign === 'accounting' && sign === '-';
    if (accounting) parts.push({ type: 'literal', value: '(' });
    else if (sign) parts.push({ type: sign === '-' ? 'minusSign' : 'plusSign', value: sign });
    if (o.style === 'currency' && o.currencyDisplay !== 'name' && !o.data.currencyAfter) {
      const symbol = this._symbol();
      parts.push({ type: 'currency', value: symbol });
      if (/^[A-Z]{3}$/.test(symbol) || o.data.currencySpace) parts.push({ type: 'literal', value: '\u00a0' });
    }
    parts.push(...body);
    if (o.style === 'percent') {
      if (o.data.percentSpace) parts.push({ type: 'literal', value: '\u00a0' });
      parts.push({ type: 'percentSign', value: '%' });
    }
    if (o.style === 'currency' && o.currencyDisplay !== 'name' && o.data.currencyAfter) {
      parts.push({ type: 'literal', value: '\u00a0' }, { type: 'currency', value: this._symbol() });
    }
    if (o.style === 'currency' && o.currencyDisplay === 'name') {
      const names = NAMES[o.currency] || [o.currency, o.currency];
      const text = body.map((p) => p.value).join('');
      parts.push({ type: 'literal', value: ' ' }, { type: 'currency', value: text === '1' ? names[0] : names[1] });
    }
    if (accounting) parts.push({ type: 'literal', value: ')' });
    return parts;
  }

  _symbol() {
    const o = this._;
    if (o.currencyDisplay === 'code') return o.currency;
    if (o.currencyDisplay === 'narrowSymbol') return NARROW[o.currency] ?? SYMBOLS[o.currency] ?? o.currency;
    return SYMBOLS[o.currency] ?? o.currency;
  }

  // The unsigned number's parts: integer groups, decimal, fraction, compact suffix.
  _digits(dec) {
    const o = this._;
    if (o.style === 'percent' && dec.digits !== '') dec = { digits: dec.digits, point: dec.point + 2 };
    let suffix = '';
    if (o.notation === 'compact' && dec.digits !== '') {
      let unit = Math.min(4, Math.max(0, Math.floor((dec.point - 1) / 3)));
      for (let pass = 0; pass < 2; pass++) {
        const scaled = { digits: dec.digits, point: dec.point - 3 * unit };
        const rounded = this._round(scaled);
        if (rounded.point > 3 && unit < 4) {
          unit++;
          continue;
        }
        dec = scaled;
        break;
      }
      suffix = (o.compactDisplay === 'long' ? COMPACT_LONG : COMPACT_SHORT)[unit];
    }
    const r = this._round(dec);
    let int = r.point > 0 ? (r.digits.slice(0, r.point).padEnd(r.point, '0')) : '0';
    let frac = r.point >= 0 ? r.digits.slice(r.point) : '0'.repeat(-r.point) + r.digits;
    if (int === '') int = '0';
    int = int.padStart(o.minimumIntegerDigits, '0');
    const minFrac = o.minSig !== undefined || o.maxSig !== undefined ?
      Math.max(0, (o.minSig ?? 1) - (int === '0' ? 0 : int.length)) : (o.compactRounding ? 0 : o.minFrac);
    frac = frac.padEnd(minFrac, '0');
    const parts = [];
    const groups = group(int, o.data, o.useGrouping !== false);
    groups.forEach((g, i) => {
      if (i > 0) parts.push({ type: 'group', value: o.data.group });
      parts.push({ type: 'integer', value: g });
    });
    if (frac.length > 0) parts.push({ type: 'decimal', value: o.data.decimal }, { type: 'fraction', value: frac });
    if (suffix) parts.push({ type: 'compact', value: suffix.trim() === suffix ? suffix : suffix.trim() });
    if (suffix && suffix.startsWith(' ')) parts.splice(parts.length - 1, 0, { type: 'literal', value: ' ' });
    return parts;
  }

  _round(dec) {
    const o = this._;
    if (o.minSig !== undefined || o.maxSig !== undefined) return roundDigits(dec, o.maxSig ?? 21);
    if (o.compactRounding) return roundDigits(dec, dec.point >= 2 ? dec.point : 2);
    return roundDigits(dec, dec.point + o.maxFrac);
  }

  resolvedOptions() {
    const o = this._;
    const out = { locale: o.locale, numberingSystem: 'latn', style: o.style };
    if (o.style === 'currency') {
      out.currency = o.currency;
      out.currencyDisplay = o.currencyDisplay;
      out.currencySign = o.currencySign;
    }
    out.minimumIntegerDigits = o.minimumIntegerDigits;
    if (o.minSig !== undefined || o.maxSig !== undefined) {
      out.minimumSignificantDigits = o.minSig ?? 1;
      out.maximumSignificantDigits = o.maxSig ?? 21;
    } else if (!o.compactRounding) {
      out.minimumFractionDigits = o.minFrac;
      out.maximumFractionDigits = o.maxFrac;
    }
    out.useGrouping = o.useGrouping;
    out.notation = o.notation;
    if (o.notation === 'compact') out.compactDisplay = o.compactDisplay;
    out.signDisplay = o.signDisplay;
    out.roundingMode = 'halfExpand';
    out.roundingIncrement = 1;
    out.trailingZeroDisplay = 'auto';
    out.roundingPriority = 'auto';
    return out;
  }

  static supportedLocalesOf(locales) {
    return require('internal/intl/locale').getCanonicalLocales(locales);
  }
}

Object.defineProperty(NumberFormat.prototype, Symbol.toStringTag, { value: 'Intl.NumberFormat', configurable: true });

module.exports = { NumberFormat };
