// uuid 9: exports map with node/require conditions
const { v4, validate, v5, NIL } = require('uuid');
console.log(validate(v4()), v5('hello', v5.URL), NIL);
