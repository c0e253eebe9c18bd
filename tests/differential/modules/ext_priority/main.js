// .js wins over .json for an extensionless request
console.log(require('./a'));
