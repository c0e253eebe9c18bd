'use strict';
// _stream_duplex: Node's legacy alias of stream.Duplex, kept for old packages.

module.exports = require('stream').Duplex;
