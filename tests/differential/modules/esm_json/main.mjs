// JSON modules with type json
import data from './d.json' with { type: 'json' };
console.log(data);
const again = await import('./d.json', { with: { type: 'json' } });
console.log(again.default === data);
