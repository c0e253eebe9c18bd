// dayjs: date library with plugins
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
dayjs.extend(utc);
console.log(dayjs.utc('2020-01-02T03:04:05Z').add(1, 'day').format('YYYY-MM-DD HH:mm'));
