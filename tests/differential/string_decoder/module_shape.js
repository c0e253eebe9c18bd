// the string_decoder module exports and prototype
const { StringDecoder } = require('string_decoder');
const m = require('string_decoder');
console.log(Object.keys(m), typeof m.StringDecoder, require('node:string_decoder') === m);
console.log(Object.getOwnPropertyNames(StringDecoder.prototype).sort());
console.log(StringDecoder.name, StringDecoder.length);
