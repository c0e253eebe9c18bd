// Checks getReader() on a locked ReadableStream throws ERR_INVALID_STATE.
const rs = new ReadableStream();
rs.getReader();
try {
  rs.getReader();
} catch (e) {
  console.log(e.name, e.code);
}
rs.cancel().catch((e) => console.log('cancel', e.name, e.code));
