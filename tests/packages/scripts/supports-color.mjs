// supports-color: ESM, probes process.stdout.isTTY and env
import supportsColor from 'supports-color';
console.log(supportsColor.stdout, supportsColor.stderr);
