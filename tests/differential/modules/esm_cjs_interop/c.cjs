exports.a = 1;
exports['b'] = 2;
Object.defineProperty(exports, 'd', { enumerable: true, value: 4 });
let hidden = 'h';
exports.e = hidden;
