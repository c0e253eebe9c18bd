// internal/console/table: console.table, which draws its data as a box-drawing table. Loaded
// on the first console.table() call.
'use strict';

const { getInspectOptions } = require('internal/console/constructor');
const { inspect, getStringWidth } = require('internal/util/inspect');
const types = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');


const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

// One row: every cell left-aligned and padded to its column's width.
function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

// head: the column titles; columns: one (possibly sparse) array of cell strings per column.
function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((column) => column.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((width) => tableChars.middleMiddle.repeat(width + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

function tableInspect(console, value) {
  // Objects with more than two keys collapse to [Object]; arrays show at most 3 items.
  const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length > 2 ? -1 : 0;
  const options = {
    depth,
    maxArrayLength: 3,
    breakLength: Infinity,
    ...getInspectOptions(console, console._stdout),
  };
  return inspect(value, options);
}

function table(console, tabularData, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (tabularData === null || typeof tabularData !== 'object') return console.log(tabularData);

  const show = (v) => tableInspect(console, v);
  const indexColumn = (length) => Array.from({ length }, (_, i) => show(i));
  const final = (head, columns) => console.log(renderTable(head, columns));

  if (types.isMap(tabularData)) {
    const keys = [];
    const values = [];
    for (const [k, v] of tabularData) {
      keys.push(show(k));
      values.push(show(v));
    }
    return final(['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values]);
  }
  if (types.isSet(tabularData) || types.isSetIterator(tabularData) ||
      types.isMapIterator(tabularData)) {
    const values = [];
    for (const v of tabularData) values.push(show(v));
    return final(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
  }

  const map = Object.create(null);
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = Object.keys(tabularData);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = tabularData[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = show(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = show(item[key]);
        }
      }
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push('Values');
    columns.push(primitiveValues);
  }
  head.unshift('(index)');
  columns.unshift(indexKeys);
  return final(head, columns);
}

module.exports = { table };
