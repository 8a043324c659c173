// Imports every builtin type's definition module for its side effect of
// filling the type's namespace. Import this once before running code.

import './object-type.js';
import './exception-type.js';
import './exception-group.js';
import './none-type.js';
import './int-type.js';
import './float-type.js';
import './str-type.js';
import './bytes-type.js';
import './list-type.js';
import './tuple-type.js';
import './dict-type.js';
import './dict-views.js';
import './set-type.js';
import './range-type.js';
import './function-type.js';
import './super-type.js';
import './slice-type.js';
import './generic-aliases.js';
