// Checks that an unhandled rejection goes to uncaughtException with origin 'unhandledRejection' when no unhandledRejection listener exists.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, origin);
});
Promise.reject(new Error('rejected promise'));
setTimeout(() => console.log('process continues'), 5);
