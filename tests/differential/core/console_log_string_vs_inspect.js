// Checks that top-level strings print raw while nested strings are quoted, and that %s does not quote.
const s = "it's \"quoted\"\n";
console.log(s);
console.log([s]);
console.log('%s|', s);
console.log(String(Symbol('x')));
console.log(`${[1, [2, 3]]}`);
console.log(String({}), String([]), String(null));
