// lodash: a large CommonJS package
const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.camelCase('hello world-foo'), _.uniq([1, 1, 2]));
console.log(_.template('hi <%= name %>')({ name: 'boa' }), _.get({ a: { b: [1, 2] } }, 'a.b[1]'));
console.log(require('lodash/fp/map')((x) => x * 2)([1, 2]));
