// Intl subset: numbers, dates and lists in English and the separators of common locales.
const d = new Date(Date.UTC(2024, 0, 5, 15, 4, 9));
for (const l of ['en-US', 'en-GB', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'pt-PT', 'ja-JP']) {
  console.log(l, JSON.stringify(d.toLocaleString(l, { timeZone: 'UTC' })), JSON.stringify((1234567.891).toLocaleString(l)),
    JSON.stringify((1234.5).toLocaleString(l)), JSON.stringify((0.5).toLocaleString(l, { style: 'percent' })),
    JSON.stringify((1234.5).toLocaleString(l, { style: 'currency', currency: 'EUR' })), d.toLocaleDateString(l, { timeZone: 'UTC' }));
}
for (const [v, o] of [[1234.5, { style: 'currency', currency: 'USD' }], [-1234.5, { style: 'currency', currency: 'USD' }], [1234.5, { style: 'currency', currency: 'EUR' }], [1234.5, { style: 'currency', currency: 'JPY' }], [1234.5, { style: 'currency', currency: 'USD', currencyDisplay: 'code' }], [1234.5, { style: 'currency', currency: 'USD', currencyDisplay: 'name' }], [0.256, { style: 'percent' }], [0.256, { style: 'percent', maximumFractionDigits: 1 }], [1.005, { maximumFractionDigits: 2 }], [1234, { notation: 'compact' }], [12345, { notation: 'compact' }], [1234567, { notation: 'compact' }], [999, { notation: 'compact' }], [999999, { notation: 'compact' }], [1500000000, { notation: 'compact', compactDisplay: 'long' }], [5, { minimumIntegerDigits: 3 }], [1234.5678, { maximumSignificantDigits: 3 }], [-0, {}], [NaN, {}], [Infinity, {}], [42, { signDisplay: 'always' }], [0, { signDisplay: 'exceptZero' }], [1e21, {}], [123456789.123456, {}], [0.000001234, {}], [12.5, { minimumFractionDigits: 2 }], [1234, { useGrouping: false }], [-5, { style: 'currency', currency: 'USD', currencySign: 'accounting' }], [2.5, { maximumFractionDigits: 0 }], [0.125, { maximumFractionDigits: 2 }]]) {
  console.log(JSON.stringify(o), v.toLocaleString('en-US', o));
}
console.log(new Intl.NumberFormat().resolvedOptions(), new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).resolvedOptions());
console.log(12345n.toLocaleString(), [1234, 5678].map(new Intl.NumberFormat('en-US').format), JSON.stringify(new Intl.NumberFormat().formatToParts(-1234.5)));
const words = ['résumé', 'resume', 'Resume', 'apple', 'Äpfel', 'zebra', 'item10', 'item2', '_x', 'a b', 'ab', '10', '9'];
console.log(words.slice().sort((a, b) => a.localeCompare(b)));
console.log(words.slice().sort(new Intl.Collator(undefined, { numeric: true }).compare));
console.log('a'.localeCompare('A'), 'a'.localeCompare('á'), 'a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', 'en', { sensitivity: 'accent' }));
const pr = new Intl.PluralRules('en-US'); const po = new Intl.PluralRules('en-US', { type: 'ordinal' });
console.log([0, 1, 2, 1.5].map((n) => pr.select(n)), [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((n) => po.select(n)));
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
console.log(rtf.format(-1, 'day'), rtf.format(1, 'day'), rtf.format(0, 'year'), rtf.format(-3, 'months'), rtf.format(5, 'hour'), new Intl.RelativeTimeFormat('en').format(-1, 'day'), new Intl.RelativeTimeFormat('en', { style: 'short' }).format(3, 'hours'));
console.log(new Intl.ListFormat('en').format(['a', 'b', 'c']), new Intl.ListFormat('en', { type: 'disjunction' }).format(['a', 'b']), new Intl.ListFormat('en', { style: 'short' }).format(['a', 'b', 'c']), new Intl.ListFormat('en', { type: 'unit' }).format(['a', 'b']));
console.log([...new Intl.Segmenter('en', { granularity: 'word' }).segment('Hello, world!')].filter((s) => s.isWordLike).map((s) => s.segment), [...new Intl.Segmenter().segment('e\u0301x')].length);
console.log(Object.prototype.toString.call(Intl), typeof Intl.DateTimeFormat, Intl.getCanonicalLocales(['EN-us', 'de']), new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0));
try { new Intl.NumberFormat('en', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
