// buffer errors are Node errors: name, code, instanceof and toString
try { Buffer.alloc(1).readUInt8(5); } catch (e) {
  console.log(e instanceof RangeError, e.name, e.code, String(e), Object.keys(e));
}
try { Buffer.from({}); } catch (e) {
  console.log(e instanceof TypeError, e.name, e.code, String(e));
}
try { Buffer.alloc(1).toString('nope'); } catch (e) {
  console.log(e instanceof TypeError, e.name, e.code, String(e));
}
try { Buffer.alloc(4).readUInt32LE(1); } catch (e) {
  console.log(e instanceof RangeError, e.name, e.code, String(e));
}
