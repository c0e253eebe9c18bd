// crypto differential: Web Crypto generateKey for HMAC: default and explicit lengths, errors
const { subtle } = globalThis.crypto;
const show = async (label, f) => {
  try { console.log(label, await f()); }
  catch (e) { console.log(label, e.name, e.code, e.message); }
};
(async () => {
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    await show(hash, async () => {
      const k = await subtle.generateKey({ name: 'HMAC', hash }, true, ['sign', 'verify']);
      return [k.algorithm, k.usages, k.extractable, (await subtle.exportKey('raw', k)).byteLength];
    });
  }
  await show('length 64', async () => {
    const k = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 64 }, false, ['verify']);
    return [k.algorithm.length, k.type, k.extractable];
  });
  await show('two keys differ', async () => {
    const a = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    const b = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    return !Buffer.from(await subtle.exportKey('raw', a)).equals(Buffer.from(await subtle.exportKey('raw', b)));
  });
  await show('sign with generated', async () => {
    const k = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, false, ['sign', 'verify']);
    const sig = await subtle.sign('HMAC', k, Buffer.from('x'));
    return [sig.byteLength, await subtle.verify('HMAC', k, sig, Buffer.from('x'))];
  });
  await show('length 100', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-384', length: 100 }, true, ['sign']));
  await show('length 0', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-384', length: 0 }, true, ['sign']));
  await show('no usages', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, []));
  await show('bad usage', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['encrypt']));
  await show('no hash', () => subtle.generateKey({ name: 'HMAC' }, true, ['sign']));
})();
