// env: NODEBOA_TEST_VALUE=hello world
// env: NODEBOA_TEST_EMPTY=
// Checks reading, writing, coercing and deleting process.env values.
console.log('value:', JSON.stringify(process.env.NODEBOA_TEST_VALUE));
console.log('empty:', JSON.stringify(process.env.NODEBOA_TEST_EMPTY));
console.log('missing:', process.env.NODEBOA_TEST_MISSING);
console.log('in operator:', 'NODEBOA_TEST_VALUE' in process.env);
process.env.NODEBOA_NUM = 42;
console.log('coerced to string:', typeof process.env.NODEBOA_NUM, process.env.NODEBOA_NUM);
delete process.env.NODEBOA_NUM;
console.log('after delete:', process.env.NODEBOA_NUM);
console.log('keys include value:', Object.keys(process.env).includes('NODEBOA_TEST_VALUE'));
