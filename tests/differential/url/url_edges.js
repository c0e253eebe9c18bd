// url differential: URL inputs/bases given as objects, opaque paths, empty queries, dot segments
const a = new URL('http://a.com/x?y=1');
console.log(new URL(a).href, new URL('z', a).href, new URL({ toString() { return 'http://t.com'; } }).href);
const m = new URL('mailto:x ?a=1#h'); m.searchParams.delete('a'); console.log(JSON.stringify(m.href), JSON.stringify(m.pathname));
const n = new URL('sc:op aque #f'); n.hash = ''; console.log(JSON.stringify(n.href));
const q = new URL('http://a.com/?a=1'); q.searchParams.delete('a'); console.log(q.href);
const r = new URL('http://a.com/?a=%20b+c'); console.log(r.searchParams.get('a'), r.search); r.searchParams.append('d', 'e'); console.log(r.search);
const s = new URL('http://a.com/#x'); s.search = '?'; console.log(s.href, JSON.stringify(s.search));
console.log(URL.canParse('http://x', undefined), URL.canParse('/x', 'http://b'), URL.canParse('/x'));
console.log(new URL('http://a.com/%2e%2E/b').pathname, new URL('http://a.com/a/%2e/b').pathname);
