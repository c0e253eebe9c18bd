// Checks util.inspect.custom hooks used by util.inspect and console.log.
const util = require('util');
class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options) {
    return `Money<${this.v}> depth=${depth} hasStylize=${typeof options.stylize}`;
  }
}
console.log(new Money(5));
console.log({ wallet: new Money(7) });
console.log(util.inspect(new Money(1), { depth: 4 }));
const returnsObject = { [util.inspect.custom]: () => ({ replaced: true }) };
console.log(returnsObject);
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
