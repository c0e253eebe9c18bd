// os.homedir() returns $HOME when set.
// env: HOME=/home/someone
const os = require('os');
console.log(os.homedir());
process.env.HOME = '/changed';
console.log(os.homedir());
