// import picks the import condition
import v from 'dual';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
console.log(v, require('dual'));
