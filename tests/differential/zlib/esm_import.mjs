// zlib differential: the module through ESM, default and named imports, node: prefix
import zlib from 'node:zlib';
import { gzipSync, gunzipSync, constants } from 'zlib';
import { builtinModules } from 'module';
console.log(typeof zlib.gzip, gunzipSync(gzipSync('esm')).toString(), constants.Z_FINISH);
console.log(builtinModules.includes('zlib'));
