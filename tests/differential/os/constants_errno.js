// os.constants.errno: the Linux errno values.
const { errno } = require('os').constants;
console.log(errno);
console.log(Object.keys(errno).length, errno.ENOENT, errno.EACCES, errno.EWOULDBLOCK === errno.EAGAIN);
