// imports targets with conditions
console.log(require('#env'));
