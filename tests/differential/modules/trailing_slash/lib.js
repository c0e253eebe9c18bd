exports.v = 'file';
