// a package requires itself by name through its exports
console.log(require('myapp/util'), require('myapp'));
