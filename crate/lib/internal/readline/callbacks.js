'use strict';
// readline.clearLine / clearScreenDown / cursorTo / moveCursor: ANSI escape sequences written to
// a stream.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { nextTick } = require('internal/process/task_queues');

const CSI = (s) => `\x1b[${s}`;

function checkCallback(callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
}

function done(stream, callback) {
  if (typeof callback === 'function') nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return done(stream, callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? CSI(`${x + 1}G`) : CSI(`${y + 1};${x + 1}H`);
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  if (stream == null || !(dx || dy)) return done(stream, callback);
  let data = '';
  if (dx < 0) data += CSI(`${-dx}D`);
  else if (dx > 0) data += CSI(`${dx}C`);
  if (dy < 0) data += CSI(`${-dy}A`);
  else if (dy > 0) data += CSI(`${dy}B`);
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined) return done(stream, callback);
  const type = dir < 0 ? CSI('1K') : dir > 0 ? CSI('0K') : CSI('2K');
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined) return done(stream, callback);
  return stream.write(CSI('0J'), callback);
}

module.exports = { clearLine, clearScreenDown, cursorTo, moveCursor };
