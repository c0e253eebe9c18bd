// Checks common built-in error names and messages (printed via name/message only).
const cases = [
  () => null.x,
  () => undefinedVariable,
  () => { const c = 1; c = 2; },
  () => new Array(-1),
  () => JSON.parse('{bad'),
  () => (1).toFixed(200),
  () => Symbol() + '',
  () => BigInt(1.5),
  () => structuredClone(() => {}),
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ':', e.message);
  }
}
