module.exports = 'ux';
