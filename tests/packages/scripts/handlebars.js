// handlebars: templating engine with a compiler and runtime
const Handlebars = require('handlebars');
const t = Handlebars.compile('{{#each people}}{{upper name}} {{/each}}');
Handlebars.registerHelper('upper', (s) => s.toUpperCase());
console.log(t({ people: [{ name: 'ann' }, { name: 'bob' }] }));
