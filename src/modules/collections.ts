// The collections module: deque (collections-deque.ts), defaultdict,
// OrderedDict and Counter (collections-dicts.ts) and namedtuple
// (namedtuple.ts), written in JS; ChainMap and UserDict, in Python
// (collections-source.ts).

import { registerModule } from './registry.js';
import { current } from '../vm/process.js';
import { bind } from './args.js';
import { dequeType } from './collections-deque.js';
import { defaultdictType, orderedDictType, counterType } from './collections-dicts.js';
import { makeNamedTuple, fieldNameList } from './namedtuple.js';
import { PyBuiltin } from '../runtime/function.js';
import * as ops from '../runtime/ops.js';
import { runPythonSource } from './py-source.js';
import { COLLECTIONS_FILE, COLLECTIONS_SOURCE } from './collections-source.js';

registerModule('collections', (proc, ns) => {
  const name = 'collections';
  ns.set('deque', dequeType);
  ns.set('defaultdict', defaultdictType);
  ns.set('OrderedDict', orderedDictType);
  ns.set('Counter', counterType);
  const ntSig = { name: 'namedtuple', params: ['typename', 'field_names'], required: 2, kwonly: ['rename', 'defaults', 'module'] };
  const nt = new PyBuiltin('namedtuple', (a, kw) => {
    const [typename, fieldNames, rename = false, defaults = null, module = null] = bind(ntSig, a, kw).values;
    let mod = module;
    if (mod === null) {
      // The caller's module, as CPython finds it through sys._getframe(1).
      const frame = current.thread.frame;
      mod = frame === null ? '__main__' : frame.globals.get('__name__') ?? '__main__';
    }
    return makeNamedTuple(ops.str(typename), fieldNameList(fieldNames), {
      rename: ops.truthy(rename),
      defaults: defaults === null ? null : ops.toArray(defaults),
      module: ops.str(mod),
    });
  });
  nt.moduleName = name;
  ns.set('namedtuple', nt);
  const inner = runPythonSource(proc, COLLECTIONS_FILE, COLLECTIONS_SOURCE);
  for (const cls of ['ChainMap', 'UserDict']) ns.set(cls, inner.get(cls));
});
