// a missing named export is a SyntaxError
try { await import('./bad.mjs'); } catch (e) { console.log(e.name); }
