// Checks console.group/groupCollapsed/groupEnd indentation, including multi-line values.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2');
console.log({ multi: 'line', object: 'that is long enough to wrap around the line width limit....' });
console.groupEnd();
console.groupCollapsed('Collapsed B');
console.info('level 2 info');
console.log('line1\nline2');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back to level 0');
