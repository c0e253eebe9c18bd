// a JSON module is cached like any other
const a = require('./d.json');
a.added = true;
console.log(require('./d.json'), require('./d') === a);
