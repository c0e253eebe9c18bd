module.exports = 'sub x';
