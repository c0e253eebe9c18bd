// nanoid 5: ESM-only, exports map, uses crypto
import { nanoid, customAlphabet } from 'nanoid';
console.log(nanoid().length, customAlphabet('ab', 8)().replace(/[ab]/g, '').length);
