console.log('a cjs');
