// Checks that setTimeout, setInterval and setImmediate pass extra arguments to the callback.
setImmediate((a, b, c) => {
  console.log('immediate', a, b, c);
  setTimeout((a, b) => console.log('timeout', a, b), 1, 'x', 42);
  const iv = setInterval((label) => {
    console.log('interval', label);
    clearInterval(iv);
  }, 30, 'lbl');
  setTimeout(function () { console.log('arguments length', arguments.length); }, 60, 1, 2, 3, 4, 5);
}, [1], { k: 'v' }, undefined);
