// immer: exports map with conditions
import { produce } from 'immer';
const base = { list: [1] };
const next = produce(base, (d) => { d.list.push(2); });
console.log(base.list, next.list, Object.isFrozen(next));
