// internal/crypto/lazy_transform: a Transform whose stream state is built on first use, so Hash
// and Hmac objects that are never used as streams cost no more than plain objects.
'use strict';

const { Transform } = require('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeLazy(prop) {
  Object.defineProperty(LazyTransform.prototype, prop, {
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[prop];
    },
    set(value) {
      Object.defineProperty(this, prop, { value, enumerable: true, configurable: true, writable: true });
    },
    configurable: true,
    enumerable: true,
  });
}

for (const prop of ['_readableState', '_writableState', '_transformState']) makeLazy(prop);

module.exports = LazyTransform;
