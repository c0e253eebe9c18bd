// a SyntaxError in a required file
try { require('./bad'); } catch (e) { console.log(e.name, e instanceof SyntaxError); }
try { require('./bad'); } catch (e) { console.log('again', e.name); }
