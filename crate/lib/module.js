'use strict';
// The public `module` built-in: the CommonJS Module class with builtinModules, createRequire
// and isBuiltin.

module.exports = require('internal/modules/cjs/loader');
