// NoneType, NotImplementedType and ellipsis.

import { noneType } from '../object.js';
import { method } from '../define.js';
import { notImplementedType, ellipsisType } from '../singletons.js';

method(noneType, '__repr__', () => 'None');
method(noneType, '__bool__', () => false);
method(noneType, '__hash__', () => 0xfcb2eb0 >> 4);
method(notImplementedType, '__repr__', () => 'NotImplemented');
method(ellipsisType, '__repr__', () => 'Ellipsis');
