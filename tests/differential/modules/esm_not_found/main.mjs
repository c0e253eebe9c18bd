// ERR_MODULE_NOT_FOUND for files and packages
const rel = (s) => s.split(process.cwd()).join('.');
for (const s of ['./nope.mjs', 'no-such-pkg']) {
  try { await import(s); } catch (e) { console.log(e.code, rel(e.message)); }
}
