// camelcase 8: ESM-only
import camelCase from 'camelcase';
console.log(camelCase('foo-bar'), camelCase(['Foo', 'bar'], { pascalCase: true }));
