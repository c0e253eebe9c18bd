import { nope } from './a.mjs';
