module.exports = function triple(n) { return n * 3; };
