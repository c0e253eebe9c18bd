// classnames: environment probing UMD wrapper (typeof define, module)
const cn = require('classnames');
console.log(cn('a', { b: true, c: false }, ['d']));
