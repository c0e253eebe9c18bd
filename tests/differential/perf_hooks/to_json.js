// performance.toJSON includes timeOrigin and eventLoopUtilization; entry toJSON shape.
const j = performance.toJSON();
console.log(typeof j.timeOrigin, Object.keys(j.eventLoopUtilization));
const m = performance.mark('j', { startTime: 2 });
console.log(JSON.stringify(m));
console.log(Object.prototype.toString.call(performance));
