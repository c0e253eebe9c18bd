// fs.cp and fsPromises.cp call the filter as the copy reaches each entry, as Node's cp: when a
// child's filter runs its parent directory has been made, and a filter that throws or rejects
// stops the copy with what came before it already copied. (One entry per directory: Node lists
// a directory in the file system's order.)
const fs = require('fs');
const path = require('path');
const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeboa-cp-filter-during-'));
const r = (s) => String(s).split(d).join('<tmp>');
fs.mkdirSync(d + '/src/a/b', { recursive: true });
fs.writeFileSync(d + '/src/a/b/f', '1');
const filter = (log) => (s, t) => {
  log.push(`${r(s)} parent:${fs.existsSync(path.dirname(t))} self:${fs.existsSync(t)}`);
  return true;
};
const listing = (root) => {
  const out = [];
  const walk = (p) => {
    for (const n of fs.readdirSync(p)) {
      out.push(r(path.join(p, n)));
      if (fs.statSync(path.join(p, n)).isDirectory()) walk(path.join(p, n));
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out.join(' ');
};
(async () => {
  let log = [];
  fs.cpSync(d + '/src', d + '/o1', { recursive: true, filter: filter(log) });
  console.log('cpSync\n ' + log.join('\n '));
  log = [];
  await fs.promises.cp(d + '/src', d + '/o2', { recursive: true, filter: filter(log) });
  console.log('promise, sync filter\n ' + log.join('\n '));
  log = [];
  await fs.promises.cp(d + '/src', d + '/o3', { recursive: true, filter: async (s, t) => filter(log)(s, t) });
  console.log('promise, async filter\n ' + log.join('\n '));
  log = [];
  await new Promise((res) => fs.cp(d + '/src', d + '/o4', { recursive: true, filter: async (s, t) => filter(log)(s, t) }, res));
  console.log('callback, async filter\n ' + log.join('\n '));
  const failing = (s) => {
    if (s.endsWith('/b')) throw new Error('no b');
    return true;
  };
  await fs.promises.cp(d + '/src', d + '/o5', { recursive: true, filter: failing }).catch((e) => console.log('promise throws:', e.message));
  console.log(' left:', listing(d + '/o5'));
  await new Promise((res) => fs.cp(d + '/src', d + '/o6', { recursive: true, filter: async (s) => failing(s) }, (e) => {
    console.log('callback rejects:', e.message);
    res();
  }));
  console.log(' left:', listing(d + '/o6'));
  fs.rmSync(d, { recursive: true, force: true });
})();
