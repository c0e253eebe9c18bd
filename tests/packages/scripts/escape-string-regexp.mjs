// escape-string-regexp 5: ESM-only
import escape from 'escape-string-regexp';
console.log(escape('a.b*c'));
