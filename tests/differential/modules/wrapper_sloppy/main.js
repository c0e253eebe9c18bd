// the CommonJS wrapper: sloppy mode, this, arguments
console.log(this === module.exports, arguments.length, typeof require, typeof __filename);
console.log(require('./sloppy'));
