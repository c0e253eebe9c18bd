// Checks console.log of empty, small and wide plain objects (line breaking over 72 chars).
console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: 'two', c: [3], d: { e: null }, f: undefined });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', eps: 1 });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17, k18: 18, k19: 19, k20: 20, k21: 21, k22: 22, k23: 23, k24: 24, k25: 25, k26: 26, k27: 27 });
console.log({ fn() {}, arrow: () => {}, get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} });
