exports.who = 'index';
