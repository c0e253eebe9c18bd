// which CommonJS exports the static scan finds (the same quirks as Node's cjs-module-lexer)
for (const f of ['a.cjs', 'b.cjs', 'c.cjs', 'd.cjs', 'e.cjs']) {
  const ns = await import(`./${f}`);
  console.log(f, Object.keys(ns));
}
