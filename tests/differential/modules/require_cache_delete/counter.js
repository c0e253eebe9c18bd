globalThis.runs = (globalThis.runs || 0) + 1;
