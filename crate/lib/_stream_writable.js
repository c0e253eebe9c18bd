'use strict';
// _stream_writable: Node's legacy alias of stream.Writable, kept for old packages.

module.exports = require('stream').Writable;
