module.exports = 'node env';
