// scoped packages
console.log(require('@scope/pkg'), require('@scope/pkg/extra'));
