'use strict';
// The public `readline` module: createInterface / Interface (callback question()), the cursor
// helpers, and `readline.promises`.

const { Interface } = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const { emitKeypressEvents } = require('internal/readline/emit_keypress');

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
