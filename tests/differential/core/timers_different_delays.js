// Checks that timers created together fire in delay order regardless of insertion order.
const delays = [200, 40, 160, 0, 120, 80, 20, 180, 60];
for (const d of delays) setTimeout(() => console.log('delay', d), d);
