// Checks the "Received ..." part of ERR_INVALID_ARG_TYPE messages for many value kinds.
class Foo {}
const values = [
  undefined, null, true, 42, -0, NaN, 12345678901234567890n, 'short', 'a'.repeat(40),
  Symbol('sym'), {}, [], new Foo(), Object.create(null), new Map(), /re/, new Date(0),
];
for (const v of values) {
  try {
    setTimeout(v);
  } catch (e) {
    console.log(e.message.replace('The "callback" argument must be of type function. ', ''));
  }
}
