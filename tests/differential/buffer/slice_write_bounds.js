// the encoding-specific slice/write methods check bounds with Node's native messages
const b = Buffer.from('hello');
for (const a of [[], [1], [1, 3], [3, 1], [0, 10], [-1], [10], ['1', '2'], [1.5, 3.9], [NaN, 2], [undefined, 2]]) {
  try { console.log(JSON.stringify(a), JSON.stringify(b.utf8Slice(...a)), b.hexSlice(...a)); } catch (e) { console.log(JSON.stringify(a), e.name, e.code, e.message); }
}
for (const a of [['ab'], ['ab', 4], ['ab', 5], ['ab', 6], ['ab', -1], ['ab', 1, 1], ['ab', 0, -1]]) {
  const w = Buffer.alloc(5);
  try { console.log(JSON.stringify(a), w.latin1Write(...a), w); } catch (e) { console.log(JSON.stringify(a), e.name, e.code, e.message); }
}
