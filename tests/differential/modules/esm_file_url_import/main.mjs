// importing by file: URL
const m = await import(new URL('./x.mjs', import.meta.url).href);
console.log(m.x);
