// Checks console.log of getters/setters, non-enumerable properties and symbol keys.
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(o, 'getter', { get() { return 3; }, enumerable: true });
Object.defineProperty(o, 'setter', { set(v) {}, enumerable: true });
o[Symbol('sym')] = 4;
console.log(o);
console.log(Object.keys(o));
