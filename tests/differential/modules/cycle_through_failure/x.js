exports.early = 'x-early';
require('./y.js');
exports.late = 'x-late';
