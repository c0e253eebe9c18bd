// A Blob from fs.openAsBlob is backed by its file: once the file is rewritten (new mtime or
// size) or removed, reading the Blob or any slice of it fails with a NotReadableError
// DOMException; an untouched file reads fine.
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/nodeboa-fs-blob-changed-');
const file = `${dir}/data.txt`;
const attempt = async (label, read) => {
  try {
    console.log(label, 'ok', JSON.stringify(await read()));
  } catch (e) {
    console.log(label, 'failed', e.name, e.constructor.name, e.code, e.message);
  }
};
const streamText = async (blob) => {
  let text = '';
  for await (const chunk of blob.stream()) text += Buffer.from(chunk).toString();
  return text;
};
(async () => {
  fs.writeFileSync(file, 'first contents');
  const blob = await fs.openAsBlob(file, { type: 'text/plain' });
  const head = blob.slice(0, 5);
  await attempt('untouched text', () => blob.text());
  await attempt('untouched slice', () => head.text());
  await attempt('untouched stream', () => streamText(blob));
  await new Promise((resolve) => setTimeout(resolve, 20));
  fs.writeFileSync(file, 'FIRST CONTENTS');
  console.log('size still', blob.size, blob.type);
  await attempt('rewritten text', () => blob.text());
  await attempt('rewritten arrayBuffer', async () => (await blob.arrayBuffer()).byteLength);
  await attempt('rewritten slice', () => head.text());
  await attempt('slice made after', () => blob.slice(6).text());
  await attempt('rewritten stream', () => streamText(blob));

  fs.writeFileSync(`${dir}/other.txt`, 'second');
  const other = await fs.openAsBlob(`${dir}/other.txt`);
  fs.unlinkSync(`${dir}/other.txt`);
  await attempt('removed text', () => other.text());

  fs.writeFileSync(`${dir}/third.txt`, 'third');
  const third = await fs.openAsBlob(`${dir}/third.txt`);
  fs.appendFileSync(`${dir}/third.txt`, '!');
  await attempt('grown text', () => third.text());
  fs.rmSync(dir, { recursive: true });
})();
