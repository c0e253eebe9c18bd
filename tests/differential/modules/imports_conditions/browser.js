module.exports = 'browser env';
