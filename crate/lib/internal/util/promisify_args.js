'use strict';
// internal/util/promisify_args: the symbol by which a callback API lists the names of its
// several results (fs.read's `bytesRead` and `buffer`), so that util.promisify resolves to an
// object holding them, as Node's customPromisifyArgs.

module.exports = { kCustomPromisifyArgs: Symbol('customPromisifyArgs') };
