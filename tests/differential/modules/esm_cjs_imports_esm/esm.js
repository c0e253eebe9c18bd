export const value = 'esm from cjs';
