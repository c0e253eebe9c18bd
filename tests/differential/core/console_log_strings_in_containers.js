// Checks quoting and escaping of strings inside arrays and objects.
console.log(['plain', "it's", 'say "hi"', `both ' and "`, 'all \' " `']);
console.log({ s: 'tab\there', n: 'new\nline', b: 'back\\slash', u: '\u0001', e: '' });
console.log(['unicode ü €', 'emoji 😀']);
console.log({ 'key with space': 1, valid_id: 2, '123': 3, 'a-b': 4, $dollar: 5, _u: 6 });
