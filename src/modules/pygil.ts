// The `pygil` module: what the simulation knows and CPython cannot tell a
// program — virtual time, GIL hand-offs, asyncio task switches — so lesson
// programs can print them (`import pygil; pygil.stats()`). CPython has no
// such module: programs that use it are pygil-only by design.

import { registerModule } from './registry.js';
import { func } from '../runtime/define.js';
import { PyDict } from '../runtime/dict.js';
import { PyFloat } from '../runtime/object.js';
import { current } from '../vm/process.js';

registerModule('pygil', (_proc, ns) => {
  func(ns, 'stats', () => {
    const p = current;
    const d = new PyDict();
    d.set('virtual_time', new PyFloat(p.sched.now() / 1e9));
    d.set('gil_handoffs', p.sched.handoffs);
    d.set('task_switches', p.sched.taskSwitches);
    d.set('threads', p.sched.threads.length);
    return d;
  }, 'pygil');
});
