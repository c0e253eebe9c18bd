// p-limit 6: ESM-only with a dependency (yocto-queue)
import pLimit from 'p-limit';
const limit = pLimit(1);
const order = [];
await Promise.all([1, 2, 3].map((n) => limit(async () => { order.push(n); })));
console.log(order, limit.activeCount);
