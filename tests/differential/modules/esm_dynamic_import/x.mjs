export const x = 'dyn';
