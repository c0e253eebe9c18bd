exports.a = 1;
if (x) { exports.b = 2; }
var x;
module.exports.c = 3;
/* exports.hidden = 1; */
// exports.alsoHidden = 1;
