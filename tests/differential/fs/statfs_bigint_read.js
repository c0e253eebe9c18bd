// statfs reads options.bigint in every form once the path is checked: a null options object is
// a TypeError (its message is the engine's, so only the class is shown), only `true` asks for
// BigInts.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-statfs-bigint-');
const t = (label, f) => {
  try {
    console.log(label, typeof f().bsize);
  } catch (e) {
    console.log(label, e.name, e.code);
  }
};
t('sync null', () => fs.statfsSync(d, null));
t('sync bad path first', () => fs.statfsSync(5, null));
t('sync 1', () => fs.statfsSync(d, { bigint: 1 }));
t('sync true', () => fs.statfsSync(d, { bigint: true }));
t('cb null', () => fs.statfs(d, null, () => {}));
(async () => {
  try {
    await fs.promises.statfs(d, null);
  } catch (e) {
    console.log('promise null', e.name);
  }
  console.log('promise 1', typeof (await fs.promises.statfs(d, { bigint: 1 })).bsize);
  console.log('promise true', typeof (await fs.promises.statfs(d, { bigint: true })).bsize);
  fs.rmSync(d, { recursive: true, force: true });
})();
