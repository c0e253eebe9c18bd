// an imports target may name a package
console.log(require('#lib'));
