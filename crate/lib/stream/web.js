'use strict';
// `stream/web`: the WHATWG streams classes.

const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
} = require('internal/webstreams/readablestream');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
} = require('internal/webstreams/writablestream');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transformstream');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/util');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  CountQueuingStrategy,
  ByteLengthQueuingStrategy,
};
