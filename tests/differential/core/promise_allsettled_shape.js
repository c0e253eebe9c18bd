// Checks Promise.allSettled result objects for fulfilled and rejected inputs.
Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('bad')),
  new Promise((r) => setTimeout(() => r('late'), 10)),
  42,
]).then((results) => {
  for (const r of results) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message, Object.keys(r).join(','));
  }
});
