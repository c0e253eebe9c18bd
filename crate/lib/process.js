'use strict';
// The public `process` module: the global `process` object.

module.exports = globalThis.process;
