// The `path/posix` module: the same object as `require('path').posix`.

module.exports = require('path').posix;
