module.exports = 'self util';
