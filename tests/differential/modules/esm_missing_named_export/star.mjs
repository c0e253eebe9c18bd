export * from './lib.mjs';
export const four = 4;
