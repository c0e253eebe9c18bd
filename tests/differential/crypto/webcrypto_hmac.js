// crypto differential: Web Crypto HMAC: importKey raw/jwk, sign, verify, exportKey, CryptoKey shape
const { subtle } = globalThis.crypto;
(async () => {
  const raw = Buffer.from('0123456789abcdef0123456789abcdef');
  const key = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(key);
  console.log(key.type, key.extractable, key.algorithm, key.usages, Object.keys(key), String(key));
  console.log(key.algorithm === key.algorithm, key.usages === key.usages, key instanceof CryptoKey);
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', { name: 'sha-256' }]) {
    const k = await subtle.importKey('raw', raw, { name: 'hmac', hash }, false, ['sign']);
    const sig = await subtle.sign('HMAC', k, Buffer.from('hello'));
    console.log(k.algorithm.hash.name, k.algorithm.length, sig instanceof ArrayBuffer, Buffer.from(sig).toString('hex'));
  }
  // RFC 4231 test case 2: key "Jefe".
  const jefe = await subtle.importKey('raw', Buffer.from('Jefe'), { name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  const mac = await subtle.sign({ name: 'HMAC' }, jefe, Buffer.from('what do ya want for nothing?'));
  console.log('rfc4231', Buffer.from(mac).toString('hex'));
  const sig = await subtle.sign('HMAC', key, new Uint8Array([1, 2, 3]));
  console.log('verify', await subtle.verify('HMAC', key, sig, new Uint8Array([1, 2, 3])));
  console.log('verify changed', await subtle.verify('HMAC', key, sig, new Uint8Array([1, 2, 4])));
  console.log('verify short', await subtle.verify('HMAC', key, sig.slice(0, 16), new Uint8Array([1, 2, 3])));
  console.log('export raw', Buffer.from(await subtle.exportKey('raw', key)).toString());
  console.log('export jwk', await subtle.exportKey('jwk', key));
  const fromJwk = await subtle.importKey('jwk', await subtle.exportKey('jwk', key), { name: 'HMAC', hash: 'SHA-256' }, true, ['verify']);
  console.log('jwk round trip', fromJwk.algorithm, await subtle.verify('HMAC', fromJwk, sig, new Uint8Array([1, 2, 3])));
  // The key bytes were copied at import.
  const buf = Buffer.from('abcdefgh');
  const copied = await subtle.importKey('raw', buf, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
  buf.fill(0);
  console.log('copied', Buffer.from(await subtle.exportKey('raw', copied)).toString());
  console.log('usages kept', (await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-1' }, true, ['verify', 'sign', 'verify'])).usages);
})();
