// Checks that timers created together fire in delay order regardless of insertion order.
const delays = [500, 100, 400, 0, 300, 200, 50, 450, 150];
for (const d of delays) setTimeout(() => console.log('delay', d), d);
