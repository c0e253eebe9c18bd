exports.fromx = 1;
