// extension lookup finds .json
console.log(require('./data'));
