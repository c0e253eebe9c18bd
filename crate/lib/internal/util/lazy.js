// internal/util/lazy: properties whose value is computed (usually a module loaded) on first read.
// Boot stays small this way: the global object and modules like `util` expose parts of the
// library without parsing them until a program touches them.
'use strict';

// Defines `target[name]` as an accessor that calls `load()` once, on first read; assigning
// replaces the value, as with a data property.
// NOTE: it stays an accessor after the first read (Node's own lazy properties turn into data
// properties). Redefining it as a data property would leave Boa's property caches in functions
// that already read it pointing at the old getter slot.
function defineLazyProperty(target, name, load, enumerable = false) {
  let loaded = false;
  let value;
  Object.defineProperty(target, name, {
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(newValue) {
      value = newValue;
      loaded = true;
    },
    configurable: true,
    enumerable,
  });
}

module.exports = { defineLazyProperty };
