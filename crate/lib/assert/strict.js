// assert/strict: the strict-mode assertion functions (`require('assert').strict`).
'use strict';

module.exports = require('assert').strict;
