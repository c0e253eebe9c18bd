'use strict';
// `stream/web`: the WHATWG streams classes.

const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, ReadableStreamBYOBReader,
  ReadableByteStreamController, ReadableStreamBYOBRequest,
} = require('internal/webstreams/readablestream');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
} = require('internal/webstreams/writablestream');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transformstream');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/util');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  CountQueuingStrategy,
  ByteLengthQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};
