// util.inspect of a FileHandle, open and after close (its native handle, fd, refs, close promise).
const fs = require('fs');
const util = require('util');
(async () => {
  const fh = await fs.promises.open(__filename);
  console.log(util.inspect(fh).replace(/\d+/g, 'N'));
  await fh.close();
  console.log(util.inspect(fh).replace(/\d+/g, 'N'));
  await fh.close();
  console.log(fh.fd);
})();
