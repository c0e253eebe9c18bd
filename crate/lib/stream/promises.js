'use strict';
// `stream/promises`: pipeline() and finished() returning promises.

const { pipelineImpl } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');

function finished(stream, opts) {
  return eos.finished(stream, opts);
}

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !last.pipe && !last.write && !(Symbol.asyncIterator in last) &&
        !(Symbol.iterator in last)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = { finished, pipeline };
