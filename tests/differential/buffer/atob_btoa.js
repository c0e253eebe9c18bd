// atob and btoa: forgiving base64 and latin1 checks
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('btoa', () => btoa('hello'));
t('btoa latin1', () => btoa('\xff\xfe'));
t('btoa wide', () => btoa('€'));
t('btoa num', () => btoa(123));
t('btoa none', () => btoa());
t('atob', () => atob('aGVsbG8='));
t('atob spaces', () => atob(' aG Vs\nbG8 '));
t('atob nopad', () => atob('aGk'));
t('atob empty', () => JSON.stringify(atob('')));
t('atob bad char', () => atob('a*bc'));
t('atob len1', () => atob('a'));
t('atob none', () => atob());
t('atob null', () => atob(null));
t('atob high', () => JSON.stringify(atob('/w==')));
for (const s of ['ab=', 'a===', 'ab=c', 'abc==', 'abcd=', 'ab==', 'abc=', 'ab= =', '-_']) t(s, () => JSON.stringify(atob(s)));
