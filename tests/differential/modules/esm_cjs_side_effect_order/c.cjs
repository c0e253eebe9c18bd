console.log('c cjs');
