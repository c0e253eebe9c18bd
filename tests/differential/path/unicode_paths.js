// path differential: unicode paths
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.join("\u65e5\u672c", "\u8a9e.txt"));
show(() => path.join("\u00e9", "..", "\u00fc"));
show(() => path.extname("\u0444\u0430\u0439\u043b.\u0442\u0445\u0442"));
show(() => path.extname("\ud83d\ude00.\ud83d\ude00"));
show(() => path.parse("/\u00fc/\u00f6.\u00e4"));
