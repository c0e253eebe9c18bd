// AbortController: abort(reason) keeps any reason value; a second abort does not replace it.
const ac = new AbortController();
ac.abort('first');
ac.abort('second');
console.log(ac.signal.reason);
const ac2 = new AbortController();
const err = new Error('why');
ac2.abort(err);
console.log(ac2.signal.reason === err);
const ac3 = new AbortController();
ac3.abort(undefined);
console.log(ac3.signal.reason.name);
