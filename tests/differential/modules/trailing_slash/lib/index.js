exports.v = 'dir';
