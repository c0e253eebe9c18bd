// Helper for main.js: schedules a tick and a promise during require().
console.log('dep loading');
process.nextTick(() => console.log('tick from dep'));
Promise.resolve().then(() => console.log('promise from dep'));
exports.value = 42;
