export const x = 'by url';
