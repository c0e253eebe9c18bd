// util.inspect of sparse arrays (<N empty items>), arrays with extra keys, typed arrays and
// buffers past maxArrayLength, ArrayBuffers and DataViews, with and without showHidden.
const util = require('util');
const i = (v, o) => console.log(util.inspect(v, o));
i([1, , 3]); i([, ]); i(new Array(3)); i([1, , , , 5, , ]); i(Object.assign(new Array(4), { 2: 'x' }));
i(Object.assign([1, 2], { extra: 'x', 5: 'five' })); i(Object.assign([1], { k: 2 }), { showHidden: true });
i([1, 2, 3], { showHidden: true }); i(new Uint8Array(3), { showHidden: true });
i(new Uint8Array(120)); i(new Int16Array(5), { maxArrayLength: 2 }); i(new BigInt64Array(2)); i(Buffer.alloc(60));
i(new Float64Array([1.5, -0, NaN])); i(new Uint8ClampedArray([300 % 256, 7]));
i(new ArrayBuffer(3)); i(new ArrayBuffer(3), { showHidden: true }); i(new DataView(new ArrayBuffer(2), 1));
i(new SharedArrayBuffer(2)); i({ buf: Buffer.from('hi') });
const ta = new Uint16Array(4); ta.extra = 'prop'; i(ta);
