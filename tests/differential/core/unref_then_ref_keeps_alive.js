// Checks that re-ref'ing an unref'd timeout makes it keep the process alive again.
const t = setTimeout(() => console.log('re-refd timer fires'), 20);
t.unref();
t.ref();
const u = setTimeout(() => console.log('unrefd timer never fires'), 500);
u.unref();
