'use strict';
// _stream_passthrough: Node's legacy alias of stream.PassThrough, kept for old packages.

module.exports = require('stream').PassThrough;
