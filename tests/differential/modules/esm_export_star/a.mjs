export const a = 1;
export default 'not re-exported';
