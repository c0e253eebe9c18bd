// built-ins with named and default exports
import { join, sep } from 'path';
import path from 'node:path';
import * as events from 'events';
console.log(join('a', 'b'), sep, path.join === join, typeof events.default, typeof events.EventEmitter);
