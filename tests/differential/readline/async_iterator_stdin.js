// stdin: a\nb\n\nc\n
// Checks for await over a readline Interface (empty lines included).
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(JSON.stringify(lines));
})();
