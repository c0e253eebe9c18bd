// eventLoopUtilization returns idle/active/utilization numbers in range.
const e1 = performance.eventLoopUtilization();
console.log(Object.keys(e1), typeof e1.idle, typeof e1.active, e1.utilization >= 0 && e1.utilization <= 1);
setTimeout(() => {
  const e2 = performance.eventLoopUtilization(e1);
  console.log(Object.keys(e2), e2.utilization >= 0 && e2.utilization <= 1, e2.active >= 0, e2.idle >= 0);
  const e3 = performance.eventLoopUtilization(e2, e1);
  console.log(typeof e3.utilization);
}, 10);
