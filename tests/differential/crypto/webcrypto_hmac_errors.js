// crypto differential: Web Crypto HMAC errors: DOMException names, codes and messages
const { subtle } = globalThis.crypto;
const show = async (label, f) => {
  try { const r = await f(); console.log(label, 'ok', r && r.constructor.name); }
  catch (e) { console.log(label, e.name, e.code, e.message, e instanceof DOMException); }
};
(async () => {
  const raw = Buffer.from('0123456789abcdef');
  const hmac = { name: 'HMAC', hash: 'SHA-256' };
  const signOnly = await subtle.importKey('raw', raw, hmac, false, ['sign']);
  await show('export not extractable', () => subtle.exportKey('raw', signOnly));
  await show('verify with sign-only key', () => subtle.verify('HMAC', signOnly, new Uint8Array(32), raw));
  await show('sign with other algorithm', () => subtle.sign('RSASSA-PKCS1-v1_5', signOnly, raw));
  await show('sign unknown algorithm', () => subtle.sign('FOO', signOnly, raw));
  await show('sign data string', () => subtle.sign('HMAC', signOnly, 'data'));
  await show('sign not a key', () => subtle.sign('HMAC', {}, raw));
  await show('verify signature string', () => subtle.verify('HMAC', signOnly, 'sig', raw));
  await show('import usage', () => subtle.importKey('raw', raw, hmac, true, ['encrypt']));
  await show('import no hash', () => subtle.importKey('raw', raw, { name: 'HMAC' }, true, ['sign']));
  await show('import bad hash', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'MD5' }, true, ['sign']));
  await show('import bad algorithm', () => subtle.importKey('raw', raw, { name: 'FOO' }, true, ['sign']));
  await show('import no name', () => subtle.importKey('raw', raw, { hash: 'SHA-256' }, true, ['sign']));
  await show('import number algorithm', () => subtle.importKey('raw', raw, 5, true, ['sign']));
  await show('import spki', () => subtle.importKey('spki', raw, hmac, true, ['sign']));
  await show('import empty key', () => subtle.importKey('raw', Buffer.alloc(0), hmac, true, ['sign']));
  await show('import empty usages', () => subtle.importKey('raw', raw, hmac, true, []));
  await show('import usages string', () => subtle.importKey('raw', raw, hmac, true, 'sign'));
  await show('import length mismatch', () => subtle.importKey('raw', raw, { ...hmac, length: 100 }, true, ['sign']));
  await show('import length match', () => subtle.importKey('raw', raw, { ...hmac, length: 128 }, true, ['sign']));
  await show('import data string', () => subtle.importKey('raw', 'abc', hmac, true, ['sign']));
  await show('jwk bad kty', () => subtle.importKey('jwk', { kty: 'RSA', k: 'MDEy' }, hmac, true, ['sign']));
  await show('jwk bad alg', () => subtle.importKey('jwk', { kty: 'oct', k: 'MDEy', alg: 'HS512' }, hmac, true, ['sign']));
  const extractable = await subtle.importKey('raw', raw, hmac, true, ['sign']);
  await show('export spki', () => subtle.exportKey('spki', extractable));
  await show('export not a key', () => subtle.exportKey('raw', {}));
  await show('CryptoKey constructor', () => new CryptoKey());
})();
