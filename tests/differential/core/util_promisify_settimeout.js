// Checks util.promisify(setTimeout) and util.promisify(setImmediate) use their custom promisified forms.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
console.log('custom symbol present:', typeof setTimeout[util.promisify.custom]);
(async () => {
  console.log('slept:', await sleep(10, 'value'));
  console.log('immediate:', await immediate('imm'));
})();
