// os.constants.signals: the Linux signal numbers, null prototype, not frozen.
const { signals } = require('os').constants;
console.log(signals);
console.log(Object.getPrototypeOf(signals), Object.isFrozen(signals));
