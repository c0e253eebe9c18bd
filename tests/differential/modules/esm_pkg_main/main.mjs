// an ESM package found through main
import m from 'pm';
console.log(m);
