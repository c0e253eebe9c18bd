exports.alpha = 1;
module.exports.beta = 2;
