#!/usr/bin/env node
exports.ok = 'shebang ok';
