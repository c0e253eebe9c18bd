// strings decoded from pooled buffers are independent of neighbours
const a = Buffer.from('first');
const b = Buffer.from('second');
a.fill('x');
console.log(a.toString(), b.toString());
const list = [];
for (let i = 0; i < 500; i++) list.push(Buffer.from('item' + i));
console.log(list[0].toString(), list[499].toString(), list.every((x, i) => x.toString() === 'item' + i));
