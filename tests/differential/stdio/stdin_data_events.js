// stdin: alpha\nbeta\ngamma\n
// Checks process.stdin 'data' events with setEncoding and the 'end' then 'close' order.
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { text += d; });
process.stdin.on('end', () => console.log('end', JSON.stringify(text)));
process.stdin.on('close', () => console.log('close'));
