exports.v = 'cjs';
