// util.inspect of class instances and constructors through an inheritance chain, and of
// accessors with each setting of the getters option.
const util = require('util');
const i = (v, o) => console.log(util.inspect(v, o));
class Animal { constructor(n) { this.name = n; } speak() {} static create() {} }
class Dog extends Animal { #secret = 1; constructor() { super('rex'); this.tricks = ['sit']; } get loud() { return true; } }
i(new Dog()); i(Dog); i(Animal); i(Object.getPrototypeOf(new Dog())); i(new Dog(), { showHidden: true });
i(class extends Dog {}); i(Object.create(Dog.prototype));
i(new (class Foo {})()); i(new (class extends Object {})()); i(Object.create(Object.create(null)));
const o = { get a() { return 1; }, get b() { throw new Error('nope'); }, set s(v) {}, get n() { return { deep: { x: 1 } }; } };
i(o); i(o, { getters: true }); i(o, { getters: 'get' }); i(o, { getters: 'set' });
const gs = { get both() { return 2; }, set both(v) {} };
i(gs, { getters: true }); i(gs, { getters: 'set' }); i(gs, { getters: 'get' });
i(new (class Q extends Promise {})(() => {})); i(Object.create(Array.prototype)); i(Object.setPrototypeOf([1], Object.prototype));
i(new (class M2 extends Map {})([[1, 2]])); i(new (class S2 extends Set {})([1])); i(new (class A2 extends Array {})(1, 2));
