console.log('a runs');
throw new Error('boom');
