// change-case 5: ESM-only
import { snakeCase, pascalCase } from 'change-case';
console.log(snakeCase('helloWorld'), pascalCase('hello world'));
