// punycode differential: encode/decode (RFC 3492) for many scripts, toASCII/toUnicode over domains,
// email addresses and IDNA separators, the ucs2 helpers, and the RangeErrors of bad input.
const punycode = require('punycode');
console.log(Object.keys(punycode).join(), punycode.version, Object.keys(punycode.ucs2).join());
for (const s of ['mañana', 'bücher', '☃-⌘', 'ü', 'abc', '', 'ليهمابتكلموشعربي؟', '他们为什么不说中文', 'Pročprostěnemluvíčesky', '𝒜b']) {
  const e = punycode.encode(s);
  console.log(JSON.stringify(s), e, punycode.decode(e) === s);
}
for (const d of ['mañana.com', 'bücher.example', 'example.com', '☃-⌘.com', 'джумла@джpумлатест.bрфa', 'a.b.c', 'ÄÖÜ.de', 'fa\u00DF.de', 'x\u3002y\uFF0Ez\uFF61w']) {
  console.log(JSON.stringify(d), punycode.toASCII(d), punycode.toUnicode(punycode.toASCII(d)));
}
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--MAANA-PTA.com'), punycode.toUnicode('foo.xn--bcher-kva'));
console.log(punycode.ucs2.decode('\uD834\uDF06abc'), punycode.ucs2.encode([0x1D306, 97]), punycode.ucs2.decode('\uD800x'));
for (const bad of ['ab-', 'xn--', '9999999999a', 'a-\u00FF']) { try { console.log(JSON.stringify(bad), punycode.decode(bad)); } catch (e) { console.log(JSON.stringify(bad), e.name, e.message); } }
try { punycode.encode('\uD800'.repeat(1) + 'x'.repeat(3)); console.log('ok lone'); } catch (e) { console.log(e.name, e.message); }
