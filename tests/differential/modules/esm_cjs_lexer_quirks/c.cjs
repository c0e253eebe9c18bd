const b = 1; module.exports = { b, async c() {} };
