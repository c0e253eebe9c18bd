// importing JSON without the attribute fails
try { await import('./d.json'); } catch (e) { console.log(e.name, e.code); }
