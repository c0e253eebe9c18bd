'use strict';
// _stream_transform: Node's legacy alias of stream.Transform, kept for old packages.

module.exports = require('stream').Transform;
