// js-yaml 4: exports map with import/require
const yaml = require('js-yaml');
console.log(yaml.load('a: 1\nb: [x, y]\n'), JSON.stringify(yaml.dump({ k: 'v' })));
