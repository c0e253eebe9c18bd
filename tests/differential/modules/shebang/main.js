// a leading #! line is ignored
console.log(require('./cli').ok);
