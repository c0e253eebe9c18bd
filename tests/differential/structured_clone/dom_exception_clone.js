// The DataCloneError thrown by structuredClone is an Error and a DOMException with code 25.
try { structuredClone({ f() {} }); } catch (e) {
  console.log(e instanceof Error, e.constructor === DOMException, e.code === DOMException.DATA_CLONE_ERR, e.name);
}
