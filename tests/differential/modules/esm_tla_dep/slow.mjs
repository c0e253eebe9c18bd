console.log('slow start');
export const v = await new Promise((r) => setTimeout(() => r('ready'), 10));
console.log('slow end');
