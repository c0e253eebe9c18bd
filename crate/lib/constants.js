'use strict';
// constants: the deprecated (DEP0008) flat union of `os.constants` (dlopen, errno, priority,
// signals), `fs.constants` and `crypto.constants`, frozen, in that order.

const { constants: osConstants } = require('os');
const { constants: fsConstants } = require('fs');
const { constants: cryptoConstants } = require('crypto');

module.exports = Object.freeze(Object.assign({}, osConstants.dlopen, osConstants.errno,
  osConstants.priority, osConstants.signals, fsConstants, cryptoConstants));
