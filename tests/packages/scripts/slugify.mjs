// slugify: CommonJS imported from ESM
import slugify from 'slugify';
console.log(slugify('Hello World & Friends', { lower: true }));
