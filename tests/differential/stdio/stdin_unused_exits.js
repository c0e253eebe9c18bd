// stdin: ignored input\n
// Checks that touching process.stdin without reading it does not keep the process alive.
const s = process.stdin;
console.log('fd', s.fd, typeof s.on, s.readableFlowing);
setTimeout(() => console.log('timer'), 1);
