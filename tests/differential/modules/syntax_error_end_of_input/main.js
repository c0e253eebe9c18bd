// modules differential: a module that ends too early is a SyntaxError "Unexpected end of
// input" (Boa's own words are "abrupt end"), for blocks, functions and literals left open.
for (const name of ['./unclosed_function', './unclosed_block', './unclosed_array']) {
  try {
    require(name);
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
