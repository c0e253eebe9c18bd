// The `path/win32` module: the same object as `require('path').win32`.

module.exports = require('path').win32;
