// a subpath missing from exports is refused
const rel = (s) => String(s).split(__dirname).join('.');
for (const r of ['pkg/package.json', 'pkg/internal.js']) {
  try { require(r); } catch (e) { console.log(e.code, rel(e.message)); }
}
