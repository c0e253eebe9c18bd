exports.inner = 'inner value';
