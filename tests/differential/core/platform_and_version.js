// Checks process.platform, process.version, process.versions.node and process.release.name.
console.log('platform:', process.platform);
console.log('version starts with v20:', process.version.startsWith('v20'));
console.log('versions.node matches:', 'v' + process.versions.node === process.version);
console.log('release name:', process.release.name);
console.log('arch is string:', typeof process.arch);
console.log('pid is number:', typeof process.pid, 'ppid:', typeof process.ppid);
console.log('cwd basename:', require('path').basename(process.cwd()));
