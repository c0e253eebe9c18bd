// base64 with tabs, CRLF and url/standard mixes decodes like Node
const v = ['aGVs\r\nbG8=', 'aGVs\tbG8', 'aG-s_G8', 'aGVsbG8=\n\n', 'a G V s b G 8 =', '====', 'aGVsbG8=extra'];
for (const s of v) console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('latin1'), Buffer.from(s, 'base64url').length, Buffer.byteLength(s, 'base64'));
