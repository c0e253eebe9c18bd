// a broken package.json names the file
const rel = (s) => String(s).split(__dirname).join('.');
try { require('broken'); } catch (e) { console.log(e.name, rel(e.message).startsWith('Error parsing ./node_modules/broken/package.json: ')); }
