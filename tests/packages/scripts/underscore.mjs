// underscore: exports map with import/require conditions, imported from ESM
import _ from 'underscore';
import { map } from 'underscore';
console.log(_.range(5), map([1, 2], (x) => x + 1), _.VERSION);
