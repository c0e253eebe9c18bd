exports.v = 'internal cjs';
