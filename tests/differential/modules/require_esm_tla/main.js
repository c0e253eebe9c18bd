// require() of an ES module graph with top-level await: ERR_REQUIRE_ASYNC_MODULE
const rel = (s) => String(s).split(__dirname).join('.');
try { require('./tla.mjs'); } catch (e) { console.log(e.code, rel(e.message)); }
