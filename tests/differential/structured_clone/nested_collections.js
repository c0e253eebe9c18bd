// structuredClone handles nesting across Map, Set, arrays and objects with cycles.
const root = { m: new Map(), s: new Set() };
root.m.set('root', root);
root.s.add(root.m);
const c = structuredClone(root);
console.log(c.m.get('root') === c, [...c.s][0] === c.m);
console.log(c);
