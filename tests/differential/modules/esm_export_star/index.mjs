export * from './a.mjs';
export * from './b.mjs';
export * as ns from './c.mjs';
