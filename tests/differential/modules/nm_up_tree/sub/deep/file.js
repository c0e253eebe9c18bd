module.exports = require('shared') + ' from deep';
