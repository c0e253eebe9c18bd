// import.meta url, dirname, filename
import { meta } from './sub/m.mjs';
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/main.mjs'));
console.log(meta.dirname.endsWith('/sub'), meta.filename.endsWith('/sub/m.mjs'), meta.url === 'file://' + meta.filename);
console.log(import.meta.resolve('./sub/m.mjs') === meta.url);
