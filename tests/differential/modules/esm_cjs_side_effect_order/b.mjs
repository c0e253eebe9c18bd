console.log('b esm');
