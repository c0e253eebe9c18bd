export default 'esm default';
export const named = 'n';
