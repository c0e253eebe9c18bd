// debug: probes the environment (tty, process.env, browser vs node)
const debug = require('debug');
const log = debug('test');
console.log(typeof log, log.enabled, debug.enabled('test'));
