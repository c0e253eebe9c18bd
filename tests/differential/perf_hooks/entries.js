// getEntries/getEntriesByName/getEntriesByType and clearMarks/clearMeasures.
performance.mark('x', { startTime: 5 });
performance.mark('y', { startTime: 1 });
performance.measure('xy', 'x', 'y');
performance.mark('x', { startTime: 9 });
const names = (list) => list.map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' ');
console.log(names(performance.getEntries()));
console.log(names(performance.getEntriesByType('mark')));
console.log(names(performance.getEntriesByType('measure')));
console.log(names(performance.getEntriesByName('x')));
console.log(names(performance.getEntriesByName('x', 'measure')), performance.getEntriesByType('resource').length);
performance.clearMarks('x');
console.log(names(performance.getEntries()));
performance.clearMeasures();
console.log(names(performance.getEntries()));
performance.clearMarks();
console.log(performance.getEntries().length);
