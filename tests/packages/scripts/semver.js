// semver: many internal requires
const semver = require('semver');
console.log(semver.valid('1.2.3'), semver.satisfies('1.2.3', '^1.0.0'), semver.inc('1.2.3', 'minor'), semver.sort(['1.0.0', '0.1.0']));
console.log(require('semver/functions/gt')('2.0.0', '1.0.0'));
