'use strict';
// _stream_readable: Node's legacy alias of stream.Readable, kept for old packages.

module.exports = require('stream').Readable;
