const x = 'X';
function y() { return 'Y'; }
module.exports = { x, y };
