module.exports = 'hello from NODE_PATH';
