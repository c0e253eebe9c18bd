'use strict';
// util.parseArgs: command-line arguments to `{ values, positionals[, tokens] }`, with Node 20's
// configuration checks, its error codes and words, and its token objects.
//
// How: the arguments are first cut into tokens (options, positionals, the `--` terminator;
// short-option groups such as `-abc` are split, a string option takes the next argument as its
// value), then the tokens are checked (in strict mode) and stored.

const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE, ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateBooleanArray, validateObject, validateString, validateStringArray,
  validateUnion,
} = require('internal/validators');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
// An own property of `object` (any value: a primitive has none), else undefined.
const ownValue = (object, key) => (object != null && hasOwn(object, key) ? object[key] : undefined);

// The long name an option's one-letter `short` stands for (the letter itself when none does).
function longNameOf(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === short) return name;
  }
  return short;
}

const typeOf = (options, name) => ownValue(ownValue(options, name), 'type');

function tokenize(args, options, allowNegative) {
  const tokens = [];
  // [argument, its index in args]; a split short group keeps its argument's index.
  const pending = args.map((arg, index) => [arg, index]);
  // `-x` or `--name` standing alone: a string option takes the next argument as its value.
  const pushAlone = (name, rawName, index) => {
    if (typeOf(options, name) === 'string' && pending.length > 0) {
      const [value] = pending.shift();
      tokens.push({ kind: 'option', name, rawName, index, value, inlineValue: false });
    } else {
      tokens.push({ kind: 'option', name, rawName, index, value: undefined, inlineValue: undefined });
    }
  };
  while (pending.length > 0) {
    const [arg, index] = pending.shift();
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const [value, at] of pending) tokens.push({ kind: 'positional', index: at, value });
      break;
    }
    const isShort = arg.length > 1 && arg[0] === '-' && arg[1] !== '-';
    if (isShort && arg.length === 2) {
      pushAlone(longNameOf(arg[1], options), arg, index);
      continue;
    }
    if (isShort) {
      const first = longNameOf(arg[1], options);
      if (typeOf(options, first) === 'string') {
        // `-xVALUE`
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      // `-abc`: one option per letter; a string option takes the rest of the group as its value.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg[i];
        if (typeOf(options, longNameOf(letter, options)) === 'string' && i < arg.length - 1) {
          expanded.push([`-${letter}${arg.slice(i + 1)}`, index]);
          break;
        }
        expanded.push([`-${letter}`, index]);
      }
      pending.unshift(...expanded);
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      if (equals !== -1) {
        // `--name=value`
        const name = arg.slice(2, equals);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
        continue;
      }
      const name = arg.slice(2);
      if (allowNegative && name.startsWith('no-') && typeOf(options, name.slice(3)) === 'boolean') {
        tokens.push({ kind: 'option', name: name.slice(3), rawName: arg, index, value: undefined, inlineValue: undefined,
          negative: true });
        continue;
      }
      pushAlone(name, arg, index);
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// Strict mode's checks of one option token.
function checkOption(token, options, allowPositionals) {
  if (!hasOwn(options, token.name)) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const config = options[token.name];
  const short = ownValue(config, 'short');
  const both = short === undefined ? `--${token.name}` : `-${short}, --${token.name}`;
  if (config.type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${both} <value>' argument missing`);
  }
  if (config.type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${both}' does not take an argument`);
  }
  // A value taken from the next argument that looks like an option is more likely a mistake.
  if (!token.inlineValue && typeof token.value === 'string' && token.value.length > 1 && token.value[0] === '-') {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(values, options, name, value) {
  if (name === '__proto__') return;
  if (ownValue(ownValue(options, name), 'multiple')) {
    values[name] ??= [];
    values[name].push(value);
  } else {
    values[name] = value;
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? process.argv.slice(2);
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [name, option] of Object.entries(options)) {
    validateObject(option, `options.${name}`);
    const type = ownValue(option, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(option, 'short')) {
      const short = option.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = ownValue(option, 'multiple');
    if (hasOwn(option, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    if (hasOwn(option, 'default')) {
      const value = option.default;
      const path = `options.${name}.default`;
      if (type === 'string') (multiple ? validateStringArray : validateString)(value, path);
      else (multiple ? validateBooleanArray : validateBoolean)(value, path);
    }
  }

  const tokens = tokenize(args, options, allowNegative);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOption(token, options, allowPositionals);
      store(result.values, options, token.name, token.negative ? false : token.value ?? true);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, option] of Object.entries(options)) {
    if (hasOwn(option, 'default') && result.values[name] === undefined) result.values[name] = option.default;
  }
  // The token objects as Node gives them: `value` and `inlineValue` only on valued options.
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.value === undefined) {
      delete token.value;
      delete token.inlineValue;
    }
    delete token.negative;
  }
  return result;
}

module.exports = { parseArgs };
