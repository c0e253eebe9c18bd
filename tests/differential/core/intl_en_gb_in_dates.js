// core differential: en-GB and en-IN dates in words put the day first ("29 February 2024"),
// with ICU's separators for each (en-GB's "Friday 9 Feb", en-IN's "Thu, 29 Feb, 2024"), and
// their short dateStyle (en-GB's four-digit year, en-IN's padded day and month).
const dates = [new Date(Date.UTC(2024, 1, 29, 13, 5, 9)), new Date(Date.UTC(2024, 1, 9, 3, 5, 9))];
const shapes = [
  { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
  { month: 'long', day: 'numeric' }, { month: 'short', year: 'numeric' },
  { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' },
  { weekday: 'long', day: 'numeric', month: 'short' }, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
  { dateStyle: 'long', timeStyle: 'short' }, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
];
for (const locale of ['en-GB', 'en-IN', 'en-US']) {
  for (const d of dates) {
    const out = shapes.map((shape) => new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' }).format(d));
    out.push(d.toLocaleDateString(locale, { timeZone: 'UTC' }), d.toLocaleString(locale, { timeZone: 'UTC' }));
    console.log(locale, JSON.stringify(out));
  }
}
