const c = 1;
module.exports = { c, 'd-e': c, ...require('./x.cjs'), f: c };
