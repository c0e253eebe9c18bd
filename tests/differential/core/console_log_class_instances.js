// Checks console.log of class instances, subclasses, empty instances and Symbol.toStringTag.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } }
class Empty {}
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(new Point(1, 2));
console.log(new Point3());
console.log(new Empty());
console.log(new Tagged());
console.log([new Point(0, 0)]);
function OldStyle() { this.v = 1; }
console.log(new OldStyle());
const anon = new (class {})();
console.log(anon);
