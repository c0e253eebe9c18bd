// internal/console/time: the clock of console.time / timeLog / timeEnd and the formatting of a
// duration. Loaded on a console's first time*() call.
'use strict';

const { emitWarning } = require('internal/console/constructor');

// Durations: `label: 1.234ms`, `label: 1.500s`, `label: 1:02.345 (m:ss.mmm)`.

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function now() {
  if (typeof process === 'object' && process && typeof process.hrtime === 'function') {
    const [s, ns] = process.hrtime();
    return s * 1000 + ns / 1e6;
  }
  if (typeof performance === 'object' && performance && typeof performance.now === 'function') {
    return performance.now();
  }
  return Date.now();
}

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, millis] = seconds.toFixed(3).split('.');
    const lead = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${lead}:${pad2(wholeSeconds)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(console, name, label, data) {
  const start = console._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined) console.log('%s: %s', label, formatted);
  else console.log('%s: %s', label, formatted, ...data);
  return true;
}

module.exports = { formatTime, now, timeLogImpl };
