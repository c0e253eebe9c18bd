'use strict';
// Locale data for nodeboa's Intl subset. Boa is built without ICU (its data would double the
// wasm download), so Intl is ours: English rules everywhere, plus the separators and date
// orders of a few common locales. Every locale we don't know resolves to en-US, as Node does
// for a locale it lacks data for.

// Separators, currency placement and numeric date order per language (or language-REGION).
const base = { group: ',', decimal: '.', currencyAfter: false, currencySpace: false, percentSpace: false,
  dateOrder: 'dmy', dateSep: '/', dateTimeSep: ', ', pad: false, hour12: false, minGrouping: 1 };
const LOCALES = {
  'en-US': { ...base, dateOrder: 'mdy', hour12: true },
  // Day before month in words too ("29 February 2024"); ICU's en-GB and en-IN patterns differ in
  // a few separators (see date_time_format's _dateParts) and in their short dateStyle.
  'en-GB': { ...base, pad: true, dayFirstText: true, shortYear: 'numeric' },
  'en-IN': { ...base, hour12: true, indian: true, lowerDayPeriod: true, dayFirstText: true, shortPad: true },
  de: { ...base, group: '.', decimal: ',', currencyAfter: true, percentSpace: true, dateSep: '.' },
  fr: { ...base, group: '\u202f', decimal: ',', currencyAfter: true, percentSpace: true, pad: true, dateTimeSep: ' ' },
  es: { ...base, group: '.', decimal: ',', currencyAfter: true, percentSpace: true, minGrouping: 2 },
  it: { ...base, group: '.', decimal: ',', currencyAfter: true, pad: true, minGrouping: 2 },
  nl: { ...base, group: '.', decimal: ',', currencySpace: true, dateSep: '-' },
  pt: { ...base, group: '.', decimal: ',', currencySpace: true, pad: true },
  'pt-PT': { ...base, group: '\u00a0', decimal: ',', currencyAfter: true, pad: true, minGrouping: 2 },
  ja: { ...base, dateOrder: 'ymd', dateTimeSep: ' ' },
};

function canonicalize(tag) {
  if (typeof tag !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) {
    throw new RangeError(`Incorrect locale information provided`);
  }
  const [lang, ...rest] = tag.split('-');
  return [lang.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ?
    p[0].toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()))].join('-');
}

function getCanonicalLocales(locales) {
  if (locales === undefined) return [];
  const list = typeof locales === 'string' ? [locales] : Array.from(locales);
  const out = [];
  for (const tag of list) {
    const c = canonicalize(tag);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

// The locale we serve for `locales`, and its data.
function resolve(locales) {
  for (const tag of getCanonicalLocales(locales)) {
    if (LOCALES[tag]) return { locale: tag, data: LOCALES[tag] };
    const lang = tag.split('-')[0];
    if (lang === 'en') return { locale: tag.includes('-') ? tag : 'en', data: LOCALES['en-US'] };
    if (LOCALES[lang]) return { locale: tag, data: LOCALES[lang] };
  }
  return { locale: 'en-US', data: LOCALES['en-US'] };
}

function getOption(options, name, allowed, fallback) {
  let value = options[name];
  if (value === undefined) return fallback;
  if (typeof allowed === 'boolean') return Boolean(value);
  value = String(value);
  if (allowed && !allowed.includes(value)) {
    throw new RangeError(`Value ${value} out of range for Intl options property ${name}`);
  }
  return value;
}

function toOptions(options) {
  if (options === undefined) return Object.create(null);
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(options);
}

module.exports = { resolve, getCanonicalLocales, getOption, toOptions };
