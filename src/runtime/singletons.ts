// The singleton objects besides None: NotImplemented and Ellipsis.

import { PyObject, makeBuiltinType } from './object.js';

export const notImplementedType = makeBuiltinType('NotImplementedType', null, 'other');
export const ellipsisType = makeBuiltinType('ellipsis', null, 'other');

export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);
