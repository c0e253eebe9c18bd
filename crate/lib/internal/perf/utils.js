'use strict';
// The performance clock: milliseconds since the process started, from process.hrtime, and the
// wall-clock time of that start (timeOrigin).

const hrtimeBase = process.hrtime.bigint();
const uptimeBase = process.uptime() * 1000;
const timeOrigin = Date.now() - uptimeBase;

function now() {
  return uptimeBase + Number(process.hrtime.bigint() - hrtimeBase) / 1e6;
}

module.exports = { now, timeOrigin };
