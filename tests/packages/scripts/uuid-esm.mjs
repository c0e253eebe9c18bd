// uuid 9 from ESM: the import condition (wrapper.mjs)
import { v4, validate, version } from 'uuid';
console.log(validate(v4()), version(v4()));
