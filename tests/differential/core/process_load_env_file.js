// process.loadEnvFile: './.env' by default, a string, Buffer or file: URL path otherwise; sets
// only the keys process.env does not hold yet; open errors are fs's (ENOENT, syscall 'open'),
// a directory is the C++ layer's ERR_INVALID_ARG_TYPE, bad paths are ERR_INVALID_ARG_TYPE,
// ERR_INVALID_ARG_VALUE and ERR_INVALID_URL_SCHEME.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const dir = fs.mkdtempSync('/tmp/nodeboa-load-env-file-');
fs.writeFileSync(`${dir}/.env`, 'NB_FROM_FILE=file\nNB_PRESET=from file\nNB_MULTI="a\\nb"\n# c\nNB_EMPTY=\n');
fs.writeFileSync(`${dir}/other.env`, '\uFEFFNB_BOM=1\r\nexport NB_OTHER = two words # c\n');
fs.mkdirSync(`${dir}/sub.env`);
const t = (what, f) => {
  try {
    console.log(what, 'ok', f());
  } catch (e) {
    console.log(what, e.name, e.code, e.errno, e.syscall, e.path === undefined ? e.path : path.relative(dir, e.path), JSON.stringify(e.message.replace(dir, '<dir>')));
  }
};
process.env.NB_PRESET = 'preset';
process.chdir(dir);
t('default', () => process.loadEnvFile());
console.log(process.env.NB_FROM_FILE, process.env.NB_PRESET, JSON.stringify(process.env.NB_MULTI), JSON.stringify(process.env.NB_EMPTY));
t('string', () => process.loadEnvFile('./other.env'));
console.log(JSON.stringify(process.env.NB_OTHER), process.env['\uFEFFNB_BOM'], process.env.NB_BOM);
delete process.env.NB_OTHER;
t('buffer', () => process.loadEnvFile(Buffer.from('other.env')));
console.log(JSON.stringify(process.env.NB_OTHER));
delete process.env.NB_OTHER;
t('url', () => process.loadEnvFile(pathToFileURL(`${dir}/other.env`)));
console.log(JSON.stringify(process.env.NB_OTHER));
t('missing', () => process.loadEnvFile('missing.env'));
t('absolute missing', () => process.loadEnvFile(`${dir}/nope/.env`));
t('empty', () => process.loadEnvFile(''));
t('directory', () => process.loadEnvFile('sub.env'));
t('null', () => process.loadEnvFile(null));
t('number', () => process.loadEnvFile(1));
t('object', () => process.loadEnvFile({}));
t('nul', () => process.loadEnvFile('a\0b'));
t('http url', () => process.loadEnvFile(new URL('http://x/y')));
console.log(process.loadEnvFile.length, process.loadEnvFile.name);
process.chdir('/');
fs.rmSync(dir, { recursive: true });
