// Checks that process.nextTick passes its extra arguments to the callback.
process.nextTick((a, b, c) => console.log('args:', a, b, c), 1, 'two', { three: 3 });
process.nextTick((...rest) => console.log('count:', rest.length), undefined, null);
process.nextTick(function () { console.log('no args:', arguments.length); });
