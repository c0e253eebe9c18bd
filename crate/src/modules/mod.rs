//! ES modules: Boa's module loader for the runtime. Not written yet; its owner fills it in.
