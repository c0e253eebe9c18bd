globalThis.ranSideEffects = (globalThis.ranSideEffects || 0) + 1;
export const one = 1;
export function two() { return 2; }
export default 'dflt';
