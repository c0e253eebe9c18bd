exports.file = __filename;
exports.dep = require('helper');
