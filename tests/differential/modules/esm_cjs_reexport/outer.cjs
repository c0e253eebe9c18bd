module.exports = require('./inner.cjs');
