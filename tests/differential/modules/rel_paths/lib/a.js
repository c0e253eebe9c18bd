exports.name = 'a';
exports.b = require('../b.js');
