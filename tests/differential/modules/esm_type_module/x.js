export const x = 'esm js';
