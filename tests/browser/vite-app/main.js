// The Vite test app: imports the npm package by name, runs a guest program that prints and uses
// the worker pool (crypto.pbkdf2), and marks the page done with the exit code.
import { createRuntime } from 'nodeboa';

const GUEST = `const crypto = require('crypto');
console.log('hello from a vite app', 1 + 2);
crypto.pbkdf2('pw', 'salt', 1000, 8, 'sha256', (err, key) => console.log('pbkdf2', key.toString('hex')));
`;

async function main() {
  const out = document.getElementById('out');
  try {
    const rt = await createRuntime({
      files: { '/home/user/main.js': GUEST },
      stdout: (text) => { out.textContent += text; },
      stderr: (text) => { out.textContent += text; },
    });
    document.body.dataset.code = String(await rt.run('main.js'));
    rt.free();
  } catch (error) {
    out.textContent += `${error.name}: ${error.message}\n`;
  }
  document.body.dataset.done = 'true';
}

main();
