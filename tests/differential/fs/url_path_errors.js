// A URL path as Node 20 takes it: any object with href and protocol (not a url.parse() result,
// which has auth and path) is a URL; a file: URL's host and an encoded slash are errors; a null
// byte is reported in the URL's decoded path; fileURLToPath accepts the same objects.
const fs = require('fs');
const url = require('url');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-url-errors-');
const r = (s) => String(s).split(d).join('<tmp>');
fs.writeFileSync(d + '/a b', 'x');
const t = (label, f) => {
  try {
    console.log(label, 'ok', r(f()));
  } catch (e) {
    console.log(label, e.name, e.code, r(e.message));
  }
};
const like = (pathname, extra) => ({ href: 'file://' + pathname, protocol: 'file:', hostname: '', pathname, ...extra });
t('host', () => fs.statSync(new URL('file://host' + d + '/a b')));
t('localhost', () => fs.statSync(new URL('file://localhost' + d + '/a%20b')).size);
t('encoded slash', () => fs.statSync(new URL('file://' + d + '%2Fa')));
t('encoded slash lower', () => fs.readFileSync(new URL('file://' + d + '%2fa')));
t('encoded percent', () => fs.existsSync(new URL('file://' + d + '/%252F')));
t('null byte', () => fs.statSync(new URL('file://' + d + '/a%00b')));
t('null byte buffer', () => fs.statSync(Buffer.from('/a\0b')));
t('null byte string', () => fs.statSync('/a\0b'));
t('like', () => fs.statSync(like(d + '/a%20b')).size);
t('like no hostname', () => fs.statSync({ href: 'file:///x', protocol: 'file:', pathname: d }));
t('like with path', () => fs.statSync(like(d + '/a%20b', { path: '/' })));
t('like with auth', () => fs.statSync(like(d + '/a%20b', { auth: null })));
t('like empty href', () => fs.statSync(like(d, { href: '' })));
t('like http', () => fs.statSync(like(d, { protocol: 'http:' })));
t('exists host', () => fs.existsSync(new URL('file://host/tmp')));
t('exists http', () => fs.existsSync(new URL('http://host/tmp')));
t('fileURLToPath like', () => url.fileURLToPath(like('/x%20y')));
t('fileURLToPath like no host', () => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x' }));
t('fileURLToPath legacy', () => url.fileURLToPath(url.parse('file:///x')));
(async () => {
  try {
    await fs.promises.readFile(new URL('file://h' + d + '/a b'));
  } catch (e) {
    console.log('promises', e.code);
  }
  fs.stat(new URL('file://' + d + '%2F'), () => {});
})().catch((e) => console.log('stat cb throws', e.code)).finally(() => fs.rmSync(d, { recursive: true, force: true }));
