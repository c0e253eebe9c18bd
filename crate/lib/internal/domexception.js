'use strict';
// DOMException: the WebIDL error class (name, message, legacy numeric code), as Node's global.
// name/message/code are prototype getters over private state, so instances have no own keys.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');

// Legacy constant name, error name, code.
const legacy = [
  ['INDEX_SIZE_ERR', 'IndexSizeError', 1],
  ['DOMSTRING_SIZE_ERR', 'DOMStringSizeError', 2],
  ['HIERARCHY_REQUEST_ERR', 'HierarchyRequestError', 3],
  ['WRONG_DOCUMENT_ERR', 'WrongDocumentError', 4],
  ['INVALID_CHARACTER_ERR', 'InvalidCharacterError', 5],
  ['NO_DATA_ALLOWED_ERR', 'NoDataAllowedError', 6],
  ['NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedError', 7],
  ['NOT_FOUND_ERR', 'NotFoundError', 8],
  ['NOT_SUPPORTED_ERR', 'NotSupportedError', 9],
  ['INUSE_ATTRIBUTE_ERR', 'InUseAttributeError', 10],
  ['INVALID_STATE_ERR', 'InvalidStateError', 11],
  ['SYNTAX_ERR', 'SyntaxError', 12],
  ['INVALID_MODIFICATION_ERR', 'InvalidModificationError', 13],
  ['NAMESPACE_ERR', 'NamespaceError', 14],
  ['INVALID_ACCESS_ERR', 'InvalidAccessError', 15],
  ['VALIDATION_ERR', 'ValidationError', 16],
  ['TYPE_MISMATCH_ERR', 'TypeMismatchError', 17],
  ['SECURITY_ERR', 'SecurityError', 18],
  ['NETWORK_ERR', 'NetworkError', 19],
  ['ABORT_ERR', 'AbortError', 20],
  ['URL_MISMATCH_ERR', 'URLMismatchError', 21],
  ['QUOTA_EXCEEDED_ERR', 'QuotaExceededError', 22],
  ['TIMEOUT_ERR', 'TimeoutError', 23],
  ['INVALID_NODE_TYPE_ERR', 'InvalidNodeTypeError', 24],
  ['DATA_CLONE_ERR', 'DataCloneError', 25],
];
const codeOf = new Map(legacy.map(([, name, code]) => [name, code]));

const state = new WeakMap();

function internal(self) {
  const s = state.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS('DOMException');
  return s;
}

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? String(options.name) : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
      }
    } else {
      name = String(options);
    }
    state.set(this, { name, message: String(message) });
  }

  get name() {
    return internal(this).name;
  }

  get message() {
    return internal(this).message;
  }

  get code() {
    return codeOf.get(internal(this).name) ?? 0;
  }
}

for (const [constant, , code] of legacy) {
  const desc = { value: code, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, desc);
}

module.exports = { DOMException };
