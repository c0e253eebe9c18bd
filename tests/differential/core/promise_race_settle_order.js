// Checks Promise.race picks the first settled value and ignores later ones.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([delay(300, 'slow'), delay(10, 'fast')]).then((v) => console.log('race:', v));
Promise.race([delay(300, 'slow'), delay(10, 'fails first', true)]).catch((e) => console.log('race rejected:', e.message));
Promise.race([1, delay(1, 'later')]).then((v) => console.log('race with sync value:', v));
const never = Promise.race([]);
setTimeout(() => console.log('empty race still pending'), 60);
never.then(() => console.log('never'));
