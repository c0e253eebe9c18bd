require('missing-package');
