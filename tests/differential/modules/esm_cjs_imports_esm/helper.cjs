module.exports = async () => (await import('./esm.js')).value;
