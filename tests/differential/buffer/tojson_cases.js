// toJSON and JSON.stringify of buffers
console.log(JSON.stringify(Buffer.from('hi')));
console.log(JSON.stringify(Buffer.alloc(0)));
console.log(JSON.stringify({ b: Buffer.from([1, 255]) }));
console.log(Buffer.from('abc').toJSON());
