// AbortSignal.any validates its argument.
for (const v of [5, [5], [{}], 'x', null]) {
  try { AbortSignal.any(v); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
