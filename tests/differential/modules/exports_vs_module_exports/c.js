module.exports.w = 4;
exports.v = 5;
