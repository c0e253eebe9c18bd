// Checks setTimeout delay coercion: 0, -1, NaN, undefined, null, 'abc' => 1ms; '200' => 200ms; 2**31 and Infinity => 1ms with a TimeoutOverflowWarning.
process.on('warning', (w) => console.log('warning event:', w.name));
const order = [];
setTimeout(() => order.push('str 200'), '200');
setTimeout(() => order.push('zero'), 0);
setTimeout(() => order.push('minus one'), -1);
setTimeout(() => order.push('NaN'), NaN);
setTimeout(() => order.push('undefined'));
setTimeout(() => order.push('null'), null);
setTimeout(() => order.push('2**31'), 2 ** 31);
setTimeout(() => order.push('Infinity'), Infinity);
setTimeout(() => order.push('str abc'), 'abc');
setTimeout(() => order.push('25'), 25);
setTimeout(() => console.log(order.join(' | ')), 300);
