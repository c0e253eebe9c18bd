// mustache: templating, ESM entry through exports
import Mustache from 'mustache';
console.log(Mustache.render('Hello {{name}} {{#list}}[{{.}}]{{/list}}', { name: 'boa', list: [1, 2] }));
