export const a = 'shebang esm';
