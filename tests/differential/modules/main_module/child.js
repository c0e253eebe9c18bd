exports.isMain = require.main === module;
exports.mainIsParent = require.main === module.parent;
