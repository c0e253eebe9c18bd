exports = { z: 3 };
