// directory imports are refused
const rel = (s) => s.split(process.cwd()).join('.');
try { await import('./dir'); } catch (e) { console.log(e.code, rel(e.message)); }
