module.exports = class { hi() { return 'hi'; } };
