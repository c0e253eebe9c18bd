#!/usr/bin/env node
// an ES module entry with a #! line
import { a } from './a.mjs';
console.log(a);
