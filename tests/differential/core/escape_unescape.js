// Checks the Annex B globals escape/unescape (packages such as uuid v3/v5 call them).
const samples = ['abc', 'a b+c', 'ä€😀', '%', '100%', '%u00e4%41%zz', '@*_+-./', ''];
for (const s of samples) console.log(JSON.stringify([escape(s), unescape(s), unescape(escape(s)) === s]));
console.log(escape.length, unescape.length, typeof escape);
