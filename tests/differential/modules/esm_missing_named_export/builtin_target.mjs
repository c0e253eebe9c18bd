import { readFileSync, notAThing } from 'node:fs';
console.log(readFileSync, notAThing);
