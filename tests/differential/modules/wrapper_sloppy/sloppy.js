leaked = 5;
with ({ a: 1 }) { exports.a = a; }
exports.leaked = globalThis.leaked;
exports.strict = (function () { return this === undefined; })();
