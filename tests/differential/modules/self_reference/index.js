module.exports = 'self main';
