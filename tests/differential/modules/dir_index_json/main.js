// a directory loads index.json when there is no index.js
console.log(require('./lib'));
