// stdin: line one\nline two\n
// Checks reading all of stdin through process.stdin 'data' and 'end' events.
let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { data += chunk; });
process.stdin.on('end', () => {
  console.log('lines:', JSON.stringify(data.split('\n')));
});
