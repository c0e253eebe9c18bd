// A thread-pool worker of nodeboa: instantiates the wasm module posted by the page, then runs
// data-described pool jobs (runPoolJob) and transfers their results back. Replies:
// `{ ready }` once started, `{ initError }` if the module cannot start, and per job
// `{ id, result, span: [startMs, endMs] }` (absolute times) or `{ id, error }`.
let glue = null;
let pending = [];

// Absolute time, comparable across workers (each has its own `performance` origin).
const now = () => performance.timeOrigin + performance.now();

function runJob({ id, kind, payload }) {
  try {
    const started = now();
    const result = glue.runPoolJob(kind, payload);
    self.postMessage({ id, result, span: [started, now()] }, [result.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
}

self.onmessage = async (event) => {
  const data = event.data;
  if (data.init) {
    try {
      const g = (await import(/* @vite-ignore */ data.glueUrl)).createBindings();
      await g.default({ module_or_path: data.module });
      glue = g;
    } catch (error) {
      self.postMessage({ initError: String(error && error.message ? error.message : error) });
      return;
    }
    self.postMessage({ ready: true });
    const queued = pending;
    pending = [];
    queued.forEach(runJob);
    return;
  }
  if (glue) runJob(data);
  else pending.push(data);
};
