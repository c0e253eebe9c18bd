// structuredClone of class instances gives plain objects with own enumerable data only.
class Point {
  constructor() { this.x = 1; this.y = 2; }
  get sum() { return this.x + this.y; }
  norm() { return 0; }
}
const p = structuredClone(new Point());
console.log(p, p instanceof Point, Object.getPrototypeOf(p) === Object.prototype);
const withGetter = { get g() { return 'got'; } };
console.log(structuredClone(withGetter));
const hidden = {};
Object.defineProperty(hidden, 'h', { value: 1, enumerable: false });
hidden[Symbol('sym')] = 2;
hidden.v = 3;
console.log(structuredClone(hidden));
