// ms: small CommonJS package
const ms = require('ms');
console.log(ms('2 days'), ms(60000), ms(ms('10h'), { long: true }));
