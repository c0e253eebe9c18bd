exports.x = 1;
module.exports = { y: 2 };
