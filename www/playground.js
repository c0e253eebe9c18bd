// The playground page: runs the editor's code in a fresh nodeboa runtime per Run and shows
// stdout and stderr as text (textContent only, never HTML).
import { createRuntime, preload } from '../pkg/index.js';
import { examples } from './examples.js';

const $ = (id) => document.getElementById(id);
const code = $('code');
const output = $('output');
const status = $('status');
const runButton = $('run');
const stopButton = $('stop');
const picker = $('example');

examples.forEach((example, i) => {
  const option = document.createElement('option');
  option.value = String(i);
  option.textContent = example.name;
  picker.append(option);
});
picker.addEventListener('change', () => { code.value = examples[Number(picker.value)].code; });
code.value = examples[0].code;

// Output is batched per animation frame: many small writes cost one DOM update.
let pending = [];
let frame = 0;
function append(text, cls) {
  pending.push([text, cls]);
  if (!frame) frame = requestAnimationFrame(flush);
}
function flush() {
  frame = 0;
  for (const [text, cls] of pending) {
    const last = output.lastChild;
    if (last && last.className === cls) last.textContent += text;
    else {
      const span = document.createElement('span');
      span.className = cls;
      span.textContent = text;
      output.append(span);
    }
  }
  pending = [];
  output.scrollTop = output.scrollHeight;
}

let runtime = null;
async function run() {
  output.textContent = '';
  runButton.disabled = true;
  stopButton.disabled = false;
  status.textContent = 'running…';
  const started = performance.now();
  try {
    runtime = await createRuntime({
      files: { '/home/user/main.js': code.value },
      cwd: '/home/user',
      stdout: (text) => append(text, 'stdout'),
      stderr: (text) => append(text, 'stderr'),
    });
    const exitCode = await runtime.run('/home/user/main.js');
    flush();
    status.textContent = `exited with code ${exitCode} in ${Math.round(performance.now() - started)} ms`;
  } catch (error) {
    flush();
    append(`${error.message}\n`, 'stderr');
    flush();
    status.textContent = 'failed';
  } finally {
    // Each run gets a fresh runtime; free the last one's wasm memory and workers.
    try {
      runtime?.free();
    } catch {
      // already freed (a trap poisons the instance)
    }
    runtime = null;
    runButton.disabled = false;
    stopButton.disabled = true;
  }
}

runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => runtime?.stop());
$('clear').addEventListener('click', () => { output.textContent = ''; });
code.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') { event.preventDefault(); if (!runButton.disabled) run(); }
});
runButton.disabled = false;
status.textContent = 'ready';
// The wasm instance, ready before the first Run (its compile started in index.html's <head>).
preload(window.nodeboaWasm, { heapSnapshot: window.nodeboaHeap ?? true }).catch(() => {}); // a failure shows on Run, from createRuntime
document.body.dataset.ready = 'true';
