// ejs: a templating engine
const ejs = require('ejs');
console.log(ejs.render('<ul><% for (const i of items) { %><li><%= i %></li><% } %></ul>', { items: ['a', '<b>'] }));
