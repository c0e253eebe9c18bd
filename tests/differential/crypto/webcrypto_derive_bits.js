// crypto differential: Web Crypto deriveBits for PBKDF2 and HKDF (RFC 6070 / RFC 5869 vectors)
const { subtle } = globalThis.crypto;
const show = async (label, f) => {
  try { const r = await f(); console.log(label, r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : r); }
  catch (e) { console.log(label, e.name, e.code, e.message); }
};
(async () => {
  const pw = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits']);
  console.log(pw);
  const salt = Buffer.from('salt');
  await show('rfc6070 1', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt, iterations: 1 }, pw, 160));
  await show('rfc6070 4096', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt, iterations: 4096 }, pw, 160));
  await show('sha256', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 }, pw, 256));
  await show('zero length', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-512', salt, iterations: 1 }, pw, 0));
  await show('zero iterations', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 0 }, pw, 256));
  await show('null length', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1 }, pw, null));
  await show('length 7', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1 }, pw, 7));
  await show('no iterations', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt }, pw, 8));
  await show('no hash', () => subtle.deriveBits({ name: 'PBKDF2', iterations: 1, salt }, pw, 8));
  await show('bad hash', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'MD5', iterations: 1, salt }, pw, 8));
  await show('extractable', () => subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', true, ['deriveBits']));
  await show('bad usage', () => subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['sign']));
  await show('jwk', () => subtle.importKey('jwk', {}, 'PBKDF2', false, ['deriveBits']));
  // RFC 5869 test case 1.
  const ikm = await subtle.importKey('raw', Buffer.alloc(22, 0x0b), 'HKDF', false, ['deriveBits']);
  console.log(ikm);
  const hkdf = { name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('000102030405060708090a0b0c', 'hex'), info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex') };
  await show('rfc5869 1', () => subtle.deriveBits(hkdf, ikm, 42 * 8));
  await show('hkdf too long', () => subtle.deriveBits(hkdf, ikm, 255 * 32 * 8 + 8));
  await show('hkdf zero', () => subtle.deriveBits(hkdf, ikm, 0));
  await show('hkdf no info', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0) }, ikm, 8));
  await show('hkdf no salt', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', info: Buffer.alloc(0) }, ikm, 8));
  await show('algorithm mismatch', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1 }, ikm, 8));
  const hmacKey = await subtle.importKey('raw', Buffer.alloc(16), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  await show('no deriveBits usage', () => subtle.deriveBits(hkdf, hmacKey, 8));
  await show('hkdf extractable', () => subtle.importKey('raw', Buffer.alloc(16), 'HKDF', true, ['deriveBits']));
  await show('hkdf usage', () => subtle.importKey('raw', Buffer.alloc(16), 'HKDF', false, ['verify']));
})();
