// Checks console.log of Dates (incl. invalid) and RegExps, alone and nested.
console.log(new Date(0));
console.log(new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 123)));
console.log({ when: new Date(86400000) });
console.log(new Date(NaN));
console.log(/ab+c/gi, /\d+\/x/, new RegExp('a.b', 'y'));
console.log([/x/], { re: /y/m });
