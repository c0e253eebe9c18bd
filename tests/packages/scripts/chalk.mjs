// chalk 5: ESM-only, probes supports-color and process.stdout.isTTY
import chalk from 'chalk';
console.log(chalk.red('red'), chalk.level, JSON.stringify(chalk.bold.green('x')));
