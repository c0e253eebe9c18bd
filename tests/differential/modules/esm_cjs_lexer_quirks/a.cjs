const c = 3; module.exports = { a: 1, b: function () {}, c };
