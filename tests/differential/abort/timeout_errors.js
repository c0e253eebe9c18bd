// AbortSignal.timeout validates its delay.
for (const v of [-1, 'a', 1.5, 2 ** 32, undefined]) {
  try { AbortSignal.timeout(v); console.log('ok', v); } catch (e) { console.log(e.name, e.code, e.message); }
}
