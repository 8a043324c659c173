// The builtin classes that subscripting turns into types.GenericAlias
// (`list[int]`), as in CPython: its containers, `type` and `enumerate`.
// Subclasses inherit it (`collections.OrderedDict[str, int]`).

import { typeType } from '../object.js';
import { subscriptable } from '../generic-alias.js';
import { listType, tupleType } from '../tuple.js';
import { dictType, setType, frozensetType } from '../dict.js';
import { enumerateType } from '../builtin-iterators.js';

for (const t of [listType, tupleType, dictType, setType, frozensetType, typeType, enumerateType]) subscriptable(t);
