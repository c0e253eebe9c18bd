// base64 decoding: whitespace, missing padding, url alphabet, junk characters, data after =
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const s of ['YWJj', 'YW Jj', 'YWJ', 'YW', 'Y', 'YQ==YWJj', 'YQ=YWJj', 'Y$W*Jj', '-_-_', '+/+/', 'YWJj\n', '=YWJj', 'YQ====', 'YWJjZA=', 'YQ', 'a=b=c', '', 'ÿYWJj', '\u2028YWJj']) {
  t(JSON.stringify(s), () => [Buffer.from(s, 'base64').toString('hex'), Buffer.byteLength(s, 'base64')].join(' '));
}
