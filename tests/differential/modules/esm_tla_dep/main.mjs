// top-level await in a dependency delays its importers
import { v } from './slow.mjs';
console.log('main', v);
