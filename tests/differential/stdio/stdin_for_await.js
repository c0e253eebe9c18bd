// stdin: 1\n2\n3\n
// Checks for await over process.stdin, summing numbers.
(async () => {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  const sum = text.trim().split('\n').map(Number).reduce((a, b) => a + b, 0);
  console.log('sum', sum);
})();
