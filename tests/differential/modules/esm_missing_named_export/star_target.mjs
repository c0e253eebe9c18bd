import { four, two, five } from './star.mjs';
console.log(four, two, five);
