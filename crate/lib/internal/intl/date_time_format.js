'use strict';
// Intl.DateTimeFormat for nodeboa's Intl subset (see ./locale.js): English month and weekday
// names, the date order and separators of the locale, 12/24-hour clocks, dateStyle/timeStyle,
// and the UTC and local time zones.
// NOTE: other IANA time zones throw a RangeError: Boa is built without time zone data.

const { resolve, getOption, toOptions } = require('internal/intl/locale');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const UTC_NAMES = new Set(['UTC', 'ETC/UTC', 'GMT', 'ETC/GMT', 'ZULU', 'UCT', 'ETC/UCT', 'ETC/ZULU', 'ETC/GREENWICH']);

function localZone() {
  return new Date(0).getTimezoneOffset() === 0 && new Date(15e11).getTimezoneOffset() === 0 ?
    'UTC' : (process.env.TZ || 'UTC');
}

function text(value, style) {
  if (style === 'long') return value;
  if (style === 'short') return value.slice(0, 3);
  return value[0];
}

const pad2 = (n) => String(n).padStart(2, '0');

class DateTimeFormat {
  constructor(locales, options, defaults = 'date') {
    const { locale, data } = resolve(locales);
    options = toOptions(options);
    const o = { locale, data };
    const textual = ['numeric', '2-digit', 'long', 'short', 'narrow'];
    o.weekday = getOption(options, 'weekday', ['long', 'short', 'narrow']);
    o.era = getOption(options, 'era', ['long', 'short', 'narrow']);
    o.year = getOption(options, 'year', ['numeric', '2-digit']);
    o.month = getOption(options, 'month', textual);
    o.day = getOption(options, 'day', ['numeric', '2-digit']);
    o.hour = getOption(options, 'hour', ['numeric', '2-digit']);
    o.minute = getOption(options, 'minute', ['numeric', '2-digit']);
    o.second = getOption(options, 'second', ['numeric', '2-digit']);
    o.timeZoneName = getOption(options, 'timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']);
    o.dateStyle = getOption(options, 'dateStyle', ['full', 'long', 'medium', 'short']);
    o.timeStyle = getOption(options, 'timeStyle', ['full', 'long', 'medium', 'short']);
    const hour12 = options.hour12;
    const hourCycle = getOption(options, 'hourCycle', ['h11', 'h12', 'h23', 'h24']);
    const hasComponent = ['weekday', 'year', 'month', 'day', 'hour', 'minute', 'second'].some((k) => o[k] !== undefined);
    if ((o.dateStyle || o.timeStyle) && hasComponent) {
      throw new TypeError(`Can't set option ${['weekday', 'year', 'month', 'day', 'hour', 'minute', 'second']
        .find((k) => o[k] !== undefined)} when ${o.dateStyle ? 'dateStyle' : 'timeStyle'} is used`);
    }
    if (!hasComponent && !o.dateStyle && !o.timeStyle) {
      if (defaults !== 'time') Object.assign(o, { year: 'numeric', month: 'numeric', day: 'numeric' });
      if (defaults !== 'date') Object.assign(o, { hour: 'numeric', minute: 'numeric', second: 'numeric' });
    }
    if (hour12 !== undefined) {
      o.hour12 = Boolean(hour12);
      o.hourCycle = o.hour12 ? 'h12' : (data.hour12 && locale.startsWith('en') ? 'h24' : 'h23');
    } else if (hourCycle !== undefined) {
      o.hourCycle = hourCycle;
      o.hour12 = hourCycle === 'h11' || hourCycle === 'h12';
    } else {
      o.hour12 = data.hour12;
      o.hourCycle = data.hour12 ? 'h12' : 'h23';
    }
    let timeZone = options.timeZone;
    if (timeZone === undefined) {
      o.timeZone = localZone();
      o.utc = o.timeZone === 'UTC' || new Date(0).getTimezoneOffset() === 0;
    } else {
      timeZone = String(timeZone);
      if (UTC_NAMES.has(timeZone.toUpperCase())) {
        o.timeZone = 'UTC';
        o.utc = true;
      } else if (timeZone === localZone()) {
        o.timeZone = timeZone;
        o.utc = false;
      } else {
        throw new RangeError(`Invalid time zone specified: ${timeZone}`);
      }
    }
    this._ = o;
  }

  get format() {
    this._format ??= (date) => this.formatToParts(date).map((p) => p.value).join('');
    return this._format;
  }

  formatToParts(date) {
    const t = date === undefined ? Date.now() : Number(date);
    if (!Number.isFinite(t)) throw new RangeError('Invalid time value');
    const d = new Date(t);
    const o = this._;
    const u = o.utc;
    const f = {
      year: u ? d.getUTCFullYear() : d.getFullYear(),
      month: u ? d.getUTCMonth() : d.getMonth(),
      day: u ? d.getUTCDate() : d.getDate(),
      weekday: u ? d.getUTCDay() : d.getDay(),
      hour: u ? d.getUTCHours() : d.getHours(),
      minute: u ? d.getUTCMinutes() : d.getMinutes(),
      second: u ? d.getUTCSeconds() : d.getSeconds(),
      offset: u ? 0 : -d.getTimezoneOffset(),
    };
    const date_ = this._dateParts(f);
    const time = this._timeParts(f);
    if (date_.length === 0) return time;
    if (time.length === 0) return date_;
    const textual = o.dateStyle === 'full' || o.dateStyle === 'long' ||
      (o.dateStyle === undefined && ['long', 'short', 'narrow'].includes(o.month));
    const joiner = textual && o.locale.startsWith('en') ? ' at ' : o.data.dateTimeSep;
    return [...date_, { type: 'literal', value: joiner }, ...time];
  }

  _dateParts(f) {
    const o = this._;
    let { weekday, year, month, day } = o;
    if (o.dateStyle === 'full') ({ weekday, year, month, day } = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    else if (o.dateStyle === 'long') ({ year, month, day } = { year: 'numeric', month: 'long', day: 'numeric' });
    else if (o.dateStyle === 'medium') ({ year, month, day } = { year: 'numeric', month: 'short', day: 'numeric' });
    else if (o.dateStyle === 'short') {
      ({ year, month, day } = { year: o.data.shortYear ?? '2-digit', month: 'numeric', day: 'numeric' });
      if (o.data.shortPad) ({ month, day } = { month: '2-digit', day: '2-digit' });
    }
    const parts = [];
    const lit = (value) => parts.push({ type: 'literal', value });
    const yearText = year === '2-digit' ? pad2(f.year % 100) : String(f.year);
    const dayText = day === '2-digit' || (o.data.pad && month !== undefined && !['long', 'short', 'narrow'].includes(month)) ?
      pad2(f.day) : String(f.day);
    const wordMonth = ['long', 'short', 'narrow'].includes(month);
    if (weekday) {
      parts.push({ type: 'weekday', value: text(WEEKDAYS[f.weekday], weekday) });
      // en-GB's "Friday 9 Feb" (no year) against "Friday, 9 Feb 2024"
      const bare = o.data.dayFirstText && !o.data.indian && wordMonth && !year;
      if (year || month || day) lit(bare ? ' ' : ', ');
    }
    if (wordMonth && o.data.dayFirstText) {
      if (day) {
        parts.push({ type: 'day', value: dayText });
        lit(' ');
      }
      parts.push({ type: 'month', value: text(MONTHS[f.month], month) });
      if (year) {
        // en-IN's "Thu, 29 Feb, 2024"
        lit(o.data.indian && weekday === 'short' && month === 'short' && day ? ', ' : ' ');
        parts.push({ type: 'year', value: yearText });
      }
      return parts;
    }
    if (wordMonth) {
      parts.push({ type: 'month', value: text(MONTHS[f.month], month) });
      if (day) {
        lit(' ');
        parts.push({ type: 'day', value: dayText });
      }
      if (year) {
        lit(day ? ', ' : ' ');
        parts.push({ type: 'year', value: yearText });
      }
      return parts;
    }
    const monthText = month === '2-digit' || (o.data.pad && month) ? pad2(f.month + 1) : String(f.month + 1);
    const fields = { m: month && { type: 'month', value: monthText }, d: day && { type: 'day', value: dayText },
      y: year && { type: 'year', value: yearText } };
    const order = { mdy: ['m', 'd', 'y'], dmy: ['d', 'm', 'y'], ymd: ['y', 'm', 'd'] }[o.data.dateOrder];
    const present = order.map((k) => fields[k]).filter(Boolean);
    present.forEach((p, i) => {
      if (i > 0) lit(o.data.dateSep);
      parts.push(p);
    });
    return parts;
  }

  _timeParts(f) {
    const o = this._;
    let { hour, minute, second, timeZoneName } = o;
    if (o.timeStyle) {
      hour = 'numeric';
      minute = '2-digit';
      if (o.timeStyle !== 'short') second = '2-digit';
      if (o.timeStyle === 'full') timeZoneName = 'long';
      if (o.timeStyle === 'long') timeZoneName = 'short';
    }
    const parts = [];
    const lit = (value) => parts.push({ type: 'literal', value });
    if (hour) {
      let h = f.hour;
      if (o.hourCycle === 'h12') h = h % 12 === 0 ? 12 : h % 12;
      else if (o.hourCycle === 'h11') h %= 12;
      else if (o.hourCycle === 'h24' && h === 0) h = 24;
      const h12 = o.hourCycle === 'h12' || o.hourCycle === 'h11';
      parts.push({ type: 'hour', value: hour === '2-digit' || (!h12 && (minute || second)) ? pad2(h) : String(h) });
    }
    if (minute) {
      if (hour) lit(':');
      parts.push({ type: 'minute', value: hour || second ? pad2(f.minute) : String(f.minute) });
    }
    if (second) {
      if (hour || minute) lit(':');
      parts.push({ type: 'second', value: hour || minute ? pad2(f.second) : String(f.second) });
    }
    if (hour && (o.hourCycle === 'h12' || o.hourCycle === 'h11')) {
      lit(' ');
      const period = f.hour < 12 ? 'AM' : 'PM';
      parts.push({ type: 'dayPeriod', value: o.data.lowerDayPeriod ? period.toLowerCase() : period });
    }
    if (timeZoneName && parts.length > 0) {
      lit(' ');
      let name;
      if (f.offset === 0) name = timeZoneName === 'long' ? 'Coordinated Universal Time' : (timeZoneName.endsWith('Offset') ? 'GMT' : 'UTC');
      else {
        const sign = f.offset < 0 ? '-' : '+';
        const a = Math.abs(f.offset);
        name = `GMT${sign}${Math.floor(a / 60)}${a % 60 ? `:${pad2(a % 60)}` : ''}`;
      }
      parts.push({ type: 'timeZoneName', value: name });
    }
    return parts;
  }

  formatRange(a, b) {
    return `${this.format(a)} – ${this.format(b)}`;
  }

  resolvedOptions() {
    const o = this._;
    const out = { locale: o.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: o.timeZone };
    if (o.hour !== undefined || o.timeStyle !== undefined) {
      out.hourCycle = o.hourCycle;
      out.hour12 = o.hour12;
    }
    for (const key of ['weekday', 'era', 'year', 'month', 'day', 'hour', 'minute', 'second', 'timeZoneName']) {
      if (o[key] !== undefined) out[key] = key === 'minute' || key === 'second' ? (o.hour ? '2-digit' : o[key]) : o[key];
    }
    if (o.dateStyle) out.dateStyle = o.dateStyle;
    if (o.timeStyle) out.timeStyle = o.timeStyle;
    return out;
  }

  static supportedLocalesOf(locales) {
    return require('internal/intl/locale').getCanonicalLocales(locales);
  }
}

Object.defineProperty(DateTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.DateTimeFormat', configurable: true });

module.exports = { DateTimeFormat };
