'use strict';
// readline.emitKeypressEvents(stream): decodes a stream's data as UTF-8 and emits
// 'keypress' (str, key) for every key: printable characters one code point at a time, control
// characters as ctrl+letter, and the terminal escape sequences (CSI `ESC [ params final`, SS3
// `ESC O final`, xterm modifier parameters, ESC + key for meta) as named keys such as 'up',
// 'home', 'f5'. `key` is { sequence, name, ctrl, meta, shift } plus `code` for escape
// sequences; `str` is undefined for escape sequences.
//
// An escape sequence cut by a chunk boundary waits for the next chunk; a lone ESC with nothing
// after it within `escapeCodeTimeout` ms (500 by default) becomes the 'escape' key.

const { setTimeout, clearTimeout } = require('timers');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeCodeTimeout = Symbol('escape-code-timeout');

// Escape codes (after ESC) and the key each names.
const keyNames = {
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end', '[[5~': 'pageup', '[[6~': 'pagedown',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[Z': 'tab', '[P': 'pause',
};
const shiftedCodes = new Set(['[Z']);

function plainKey(ch) {
  const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === '\x1b') key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch.charCodeAt(0) <= 0x1a) {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9a-z]$/.test(ch)) {
    key.name = ch;
  } else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

// Parses the escape sequence starting at `text[i]` (an ESC). Returns [key, length], or null
// when the text ends before the sequence does.
function parseEscape(text, i) {
  let j = i + 1;
  let meta = false;
  if (text[j] === '\x1b') {
    meta = true;
    j++;
  }
  if (j >= text.length) return null;
  const lead = text[j];
  if (lead !== '[' && lead !== 'O') {
    // ESC + a key: that key with meta.
    const cp = text.codePointAt(j);
    const ch = String.fromCodePoint(cp);
    const key = ch === '\x1b' ? plainKey(ch) : plainKey(ch);
    key.sequence = text.slice(i, j + ch.length);
    key.meta = true;
    return [key, j + ch.length - i];
  }
  j++;
  let code = lead;
  if (lead === '[' && text[j] === '[') {
    code += '[';
    j++;
  }
  let params = '';
  while (j < text.length && /[0-9;]/.test(text[j])) params += text[j++];
  if (j >= text.length) return null;
  const final = text[j++];
  let modifier = 0;
  if (params.includes(';')) {
    const [first, mod] = params.split(';');
    modifier = (Number(mod) || 1) - 1;
    code += final === '~' ? `${first}~` : final;
  } else if (lead === 'O' && params !== '') {
    modifier = (Number(params) || 1) - 1;
    code += final;
  } else {
    code += params + final;
  }
  const key = {
    sequence: text.slice(i, j),
    name: keyNames[code],
    ctrl: !!(modifier & 4),
    meta: meta || !!(modifier & 10),
    shift: !!(modifier & 1) || shiftedCodes.has(code),
    code,
  };
  return [key, j - i];
}

function emitKeys(stream, text) {
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\x1b') {
      const parsed = parseEscape(text, i);
      if (parsed === null) return text.slice(i);
      const [key, length] = parsed;
      stream.emit('keypress', undefined, key);
      i += length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i));
    stream.emit('keypress', ch, plainKey(ch));
    i += ch.length;
  }
  return '';
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  let pending = '';
  let timer = null;

  function flushEscape() {
    timer = null;
    if (pending === '') return;
    const rest = pending;
    pending = '';
    // A lone ESC (or ESC ESC): the escape key, with meta as node reports it.
    const key = plainKey('\x1b');
    key.sequence = rest;
    key.meta = true;
    stream.emit('keypress', undefined, key);
  }

  function onData(data) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const text = pending + stream[kKeypressDecoder].write(data);
    pending = emitKeys(stream, text);
    if (pending !== '') {
      const delay = iface.escapeCodeTimeout ?? iface[kEscapeCodeTimeout] ?? 500;
      timer = setTimeout(flushEscape, delay);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents };
