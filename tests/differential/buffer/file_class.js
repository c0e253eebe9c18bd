// buffer.File (a global too): a Blob with a name and lastModified; its argument checks, and the
// "dictionary" options check it shares with Blob.
const { File, Blob } = require('buffer');

const f = new File(['abc', new Uint8Array([100])], 'a.txt', { type: 'Text/Plain', lastModified: 42 });
console.log(f.name, f.size, f.type, f.lastModified, f instanceof Blob, Object.prototype.toString.call(f));
console.log(f);
const g = new File([], 'x');
console.log(typeof g.lastModified, Math.abs(g.lastModified - Date.now()) < 10000, g.name, g.size);
console.log(new File(['z'], 5).name, new File(['z'], { toString() { return 'obj'; } }).name);
for (const options of [null, undefined, [], () => {}, { lastModified: NaN }, { lastModified: -1.5 },
  { lastModified: 'abc' }, { lastModified: '7' }, { lastModified: 1e20 }, { type: 'a\u00e9' }]) {
  const file = new File(['x'], 'n', options);
  const when = options && 'lastModified' in options ? file.lastModified : 'now';
  console.log(String(options), when, JSON.stringify(file.type));
}
for (const args of [[], [[]], [null, 'n'], [[], 'n', 5]]) {
  try {
    new File(...args);
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const options of [5, 'x', true]) {
  try {
    new Blob([], options);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(new Blob(['x'], null).size, new Blob(['x'], []).size);
console.log(Object.getOwnPropertyNames(File.prototype), File.length, File.name, globalThis.File === File);
console.log(f.slice(1).constructor.name, Object.keys(f), 'name' in f);
f.text().then((t) => console.log('text', t));
