// util.inspect of a large object: a tree of 11 111 objects (10 000 leaves, fan-out 10, depth 4).
// hosts: node nodeboa chromium
const util = require('util');
function tree(depth, width) {
  if (depth === 0) return { id: depth, name: 'leaf', ok: true };
  const node = { depth, children: [] };
  for (let i = 0; i < width; i++) node.children.push(tree(depth - 1, width));
  return node;
}
const root = tree(4, 10); // 1 + 10 + 100 + 1000 + 10 000 nodes
const t0 = performance.now();
const text = util.inspect(root, { depth: Infinity, breakLength: 120 });
const ms = performance.now() - t0;
console.log(`chars ${text.length}`);
console.log(`BENCH inspect ${ms}`);
