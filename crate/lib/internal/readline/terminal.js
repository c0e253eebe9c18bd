'use strict';
// readline's terminal mode: line editing over 'keypress' events, as node does it for a TTY.
// The interface keeps `line` and `cursor` (a UTF-16 index into line) and redraws through
// refreshLine(): cursor to column 1, clear the screen below, write prompt + line, then put the
// cursor back at its display column. Typing at the end of the line writes just the character;
// cursor moves write relative moves (ESC [ n C / D). Enter adds the line to `history` (newest
// first) and emits it. Up/down walk the history, matching the text before the cursor.
//
// NOTE: display widths count one column per code point (node counts East Asian wide
// characters as two), and tab completion inserts a tab when no completer is given.

const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');

const kSubstringSearch = Symbol('kSubstringSearch');
const kSawReturnAt = Symbol('kSawReturnAt');

// eslint-disable-next-line no-control-regex
const vtControl = /\x1b\[[0-9;]*[A-Za-z]|\x1b[A-Za-z]/g;

function displayPos(rl, str) {
  const columns = rl.columns;
  let offset = 0;
  let rows = 0;
  for (const ch of str.replace(vtControl, '')) {
    if (ch === '\n') {
      rows += Math.ceil(offset / columns) || 1;
      offset = 0;
    } else if (ch === '\t') {
      offset += rl.tabSize - (offset % rl.tabSize);
    } else {
      offset += 1;
    }
  }
  const cols = offset % columns;
  rows += (offset - cols) / columns;
  return { cols, rows };
}

function getCursorPos(rl) {
  return displayPos(rl, rl._prompt + rl.line.slice(0, rl.cursor));
}

function refreshLine(rl) {
  const line = rl._prompt + rl.line;
  const end = displayPos(rl, line);
  const cursorPos = getCursorPos(rl);
  if (rl.prevRows > 0) moveCursor(rl.output, 0, -rl.prevRows);
  cursorTo(rl.output, 0);
  clearScreenDown(rl.output);
  rl._writeToOutput(line);
  if (end.cols === 0) rl._writeToOutput(' ');
  cursorTo(rl.output, cursorPos.cols);
  const diff = end.rows - cursorPos.rows;
  if (diff > 0) moveCursor(rl.output, 0, -diff);
  rl.prevRows = cursorPos.rows;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  const c = str.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i > 1 && (str.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
}

function charLengthAt(str, i) {
  if (i >= str.length) return 1;
  return str.codePointAt(i) > 0xffff ? 2 : 1;
}

function moveBy(rl, dx) {
  if (dx === 0) return;
  const before = getCursorPos(rl);
  rl.cursor = Math.max(0, Math.min(rl.line.length, rl.cursor + dx));
  const after = getCursorPos(rl);
  if (before.rows === after.rows) {
    moveCursor(rl.output, after.cols - before.cols, 0);
  } else {
    refreshLine(rl);
  }
}

function insertString(rl, c) {
  if (rl.cursor < rl.line.length) {
    rl.line = rl.line.slice(0, rl.cursor) + c + rl.line.slice(rl.cursor);
    rl.cursor += c.length;
    refreshLine(rl);
    return;
  }
  const before = getCursorPos(rl);
  rl.line += c;
  rl.cursor += c.length;
  if (before.rows < getCursorPos(rl).rows) refreshLine(rl);
  else rl._writeToOutput(c);
}

function edit(rl, line, cursor) {
  rl.line = line;
  rl.cursor = cursor;
  refreshLine(rl);
}

function deleteLeft(rl) {
  if (rl.cursor > 0 && rl.line.length > 0) {
    const size = charLengthLeft(rl.line, rl.cursor);
    edit(rl, rl.line.slice(0, rl.cursor - size) + rl.line.slice(rl.cursor), rl.cursor - size);
  }
}

function deleteRight(rl) {
  if (rl.line.length > 0 && rl.cursor < rl.line.length) {
    const size = charLengthAt(rl.line, rl.cursor);
    edit(rl, rl.line.slice(0, rl.cursor) + rl.line.slice(rl.cursor + size), rl.cursor);
  }
}

function deleteWordLeft(rl) {
  if (rl.cursor > 0) {
    const leading = rl.line.slice(0, rl.cursor);
    const cut = /(?:[^\w\s]+|\w+|)\s*$/.exec(leading)[0].length;
    edit(rl, leading.slice(0, leading.length - cut) + rl.line.slice(rl.cursor), rl.cursor - cut);
  }
}

function deleteWordRight(rl) {
  if (rl.cursor < rl.line.length) {
    const trailing = rl.line.slice(rl.cursor);
    const cut = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing)[0].length;
    edit(rl, rl.line.slice(0, rl.cursor) + trailing.slice(cut), rl.cursor);
  }
}

function wordLeft(rl) {
  if (rl.cursor > 0) {
    const leading = rl.line.slice(0, rl.cursor);
    moveBy(rl, -/(?:[^\w\s]+|\w+)?\s*$/.exec(leading)[0].length);
  }
}

function wordRight(rl) {
  if (rl.cursor < rl.line.length) {
    moveBy(rl, /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(rl.line.slice(rl.cursor))[0].length);
  }
}

function addHistory(rl) {
  if (rl.line.length === 0) return '';
  if (rl.historySize === 0) return rl.line;
  if (rl.line.trim().length === 0) return rl.line;
  if (rl.history.length === 0 || rl.history[0] !== rl.line) {
    if (rl.removeHistoryDuplicates) {
      const at = rl.history.indexOf(rl.line);
      if (at !== -1) rl.history.splice(at, 1);
    }
    rl.history.unshift(rl.line);
    if (rl.history.length > rl.historySize) rl.history.pop();
  }
  rl.historyIndex = -1;
  const line = rl.history[0];
  rl.emit('history', rl.history);
  return line;
}

function historyPrev(rl) {
  if (rl.historyIndex < rl.history.length && rl.history.length > 0) {
    const search = rl[kSubstringSearch] || '';
    let index = rl.historyIndex + 1;
    while (index < rl.history.length &&
           ((search && !rl.history[index].startsWith(search)) || rl.line === rl.history[index])) {
      index++;
    }
    const line = index === rl.history.length ? search : rl.history[index];
    rl.historyIndex = index;
    edit(rl, line, line.length);
  }
}

function historyNext(rl) {
  if (rl.historyIndex >= 0) {
    const search = rl[kSubstringSearch] || '';
    let index = rl.historyIndex - 1;
    while (index >= 0 && ((search && !rl.history[index].startsWith(search)) || rl.line === rl.history[index])) {
      index--;
    }
    const line = index === -1 ? search : rl.history[index];
    rl.historyIndex = index;
    edit(rl, line, line.length);
  }
}

// Enter: the edited line is recorded, the cursor leaves the line, and the line is delivered.
function submitLine(rl, onLine) {
  const line = addHistory(rl);
  moveBy(rl, Infinity);
  rl._writeToOutput('\r\n');
  rl.line = '';
  rl.cursor = 0;
  rl.prevRows = 0;
  onLine(line);
}

// Handles one keypress in terminal mode. `onLine` delivers a finished line.
function ttyWrite(rl, s, key, onLine) {
  key = key || {};
  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (rl[kSubstringSearch] === null || rl[kSubstringSearch] === undefined) {
      rl[kSubstringSearch] = rl.line.slice(0, rl.cursor);
    }
  } else if (rl[kSubstringSearch] !== null && rl[kSubstringSearch] !== undefined) {
    rl[kSubstringSearch] = null;
    if (rl.history.length === rl.historyIndex) rl.historyIndex = -1;
  }

  if (key.ctrl && key.shift) {
    if (key.name === 'backspace') edit(rl, rl.line.slice(rl.cursor), 0);
    else if (key.name === 'delete') edit(rl, rl.line.slice(0, rl.cursor), rl.cursor);
    return;
  }
  if (key.ctrl) {
    switch (key.name) {
      case 'c':
        if (rl.listenerCount('SIGINT') > 0) rl.emit('SIGINT');
        else rl.close();
        return;
      case 'h': deleteLeft(rl); return;
      case 'd':
        if (rl.cursor === 0 && rl.line.length === 0) rl.close();
        else deleteRight(rl);
        return;
      case 'u': edit(rl, rl.line.slice(rl.cursor), 0); return;
      case 'k': edit(rl, rl.line.slice(0, rl.cursor), rl.cursor); return;
      case 'a': moveBy(rl, -Infinity); return;
      case 'e': moveBy(rl, Infinity); return;
      case 'b': moveBy(rl, -charLengthLeft(rl.line, rl.cursor)); return;
      case 'f': moveBy(rl, charLengthAt(rl.line, rl.cursor)); return;
      case 'l':
        cursorTo(rl.output, 0, 0);
        clearScreenDown(rl.output);
        refreshLine(rl);
        return;
      case 'n': historyNext(rl); return;
      case 'p': historyPrev(rl); return;
      case 'w':
      case 'backspace': deleteWordLeft(rl); return;
      case 'delete': deleteWordRight(rl); return;
      case 'left': wordLeft(rl); return;
      case 'right': wordRight(rl); return;
      default: return;
    }
  }
  if (key.meta) {
    switch (key.name) {
      case 'b': wordLeft(rl); return;
      case 'f': wordRight(rl); return;
      case 'd':
      case 'delete': deleteWordRight(rl); return;
      case 'backspace': deleteWordLeft(rl); return;
      default: return;
    }
  }
  switch (key.name) {
    case 'return':
      rl[kSawReturnAt] = Date.now();
      submitLine(rl, onLine);
      return;
    case 'enter':
      if (rl[kSawReturnAt] && Date.now() - rl[kSawReturnAt] <= rl.crlfDelay) {
        rl[kSawReturnAt] = 0;
        return;
      }
      rl[kSawReturnAt] = 0;
      submitLine(rl, onLine);
      return;
    case 'backspace': deleteLeft(rl); return;
    case 'delete': deleteRight(rl); return;
    case 'left': moveBy(rl, -charLengthLeft(rl.line, rl.cursor)); return;
    case 'right': moveBy(rl, charLengthAt(rl.line, rl.cursor)); return;
    case 'home': moveBy(rl, -Infinity); return;
    case 'end': moveBy(rl, Infinity); return;
    case 'up': historyPrev(rl); return;
    case 'down': historyNext(rl); return;
    case 'tab':
      if (typeof rl.completer !== 'function') insertString(rl, '\t');
      return;
    default:
      if (typeof s === 'string' && s) {
        const parts = s.split(/\r\n|\n|\r/);
        for (let i = 0; i < parts.length; i++) {
          if (i > 0) submitLine(rl, onLine);
          insertString(rl, parts[i]);
        }
      }
  }
}

module.exports = { ttyWrite, refreshLine, getCursorPos };
