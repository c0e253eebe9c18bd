// imports map in ESM
import { v } from '#internal/v.js';
console.log(v);
