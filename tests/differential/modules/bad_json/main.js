// a broken JSON file names the file
const rel = (s) => String(s).split(__dirname).join('.');
try { require('./bad.json'); } catch (e) { console.log(e.name, rel(e.message).startsWith('./bad.json: ')); }
