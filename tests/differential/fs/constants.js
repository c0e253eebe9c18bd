// fs.constants and the access constants
const fs = require('fs');
console.log(JSON.stringify(fs.constants));
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
