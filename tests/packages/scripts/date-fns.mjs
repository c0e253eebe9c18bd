// date-fns 3: ESM with a big exports map
import { addDays, formatISO, differenceInDays } from 'date-fns';
const d = new Date(Date.UTC(2020, 0, 1));
console.log(differenceInDays(addDays(d, 10), d), formatISO(addDays(d, 1), { representation: 'date' }).length);
