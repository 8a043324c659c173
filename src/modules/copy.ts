// The copy module: copy() and deepcopy(). CPython reaches most objects
// through the pickling protocol (__reduce_ex__); pygil copies what programs
// copy directly: the builtin containers, instances of Python classes
// (their __dict__ and __slots__, and the items of a list, dict or set they
// subclass), whatever has __copy__ / __deepcopy__, and what has a
// __reduce__ written in Python (rebuilt as CPython's copy rebuilds it: the
// callable on the arguments, then the state). Functions, classes, modules
// and other immutable values are their own copies; anything else is
// refused as CPython refuses to pickle it. Written in Python.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';

const FILE = '<pygil copy>';

const SOURCE = `
from collections import deque as _deque


class Error(Exception):
    pass


error = Error

# Their own copies, deep or shallow (exactly these types: a subclass of int is copied).
_ATOMIC = (type(None), int, float, bool, str, bytes, range, type(len), type(lambda: 0), type(Ellipsis),
           type(NotImplemented), property)

# Builtin containers whose copy() keeps what the constructor was given (default_factory, maxlen).
_CONTAINERS = (list, dict, set, _deque)


def _is_atomic(x):
    return type(x) in _ATOMIC or isinstance(x, type)


def _defined_in_python(cls):
    return '__module__' in cls.__dict__


def _refuse(x):
    cls = type(x)
    name = cls.__qualname__ if cls.__module__ == 'builtins' else f'{cls.__module__}.{cls.__qualname__}'
    raise TypeError(f"cannot pickle '{name}' object")


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            if name not in names:
                names.append(name)
    return names


def _new_like(x, convert):
    """A new, empty instance of x's class (a Python class), made as unpickling would make it."""
    cls = type(x)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *[convert(a) for a in getnewargs(x)])
    if isinstance(x, (tuple, frozenset)):
        return cls.__new__(cls, [convert(v) for v in x])
    if isinstance(x, (int, float, str, bytes)):
        return cls.__new__(cls, x)
    return cls.__new__(cls)


def _fill_items(x, y, convert):
    if isinstance(x, (list, _deque)):
        y.extend(convert(v) for v in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[convert(k)] = convert(v)
    elif isinstance(x, set):
        y.update(convert(v) for v in x)
    return y


def _fill_state(x, y, convert):
    if hasattr(x, '__dict__'):
        y.__dict__.update(convert(x.__dict__))
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            object.__setattr__(y, name, convert(getattr(x, name)))
    return _fill_items(x, y, convert)


def _same(v):
    return v


def _own_reduce(cls):
    """The __reduce__ a class defines in Python, or None."""
    r = getattr(cls, '__reduce__', None)
    return r if type(r) is type(_same) else None


def _reconstruct(x, rv, convert, memo=None):
    """The copy a __reduce__ result describes: callable(*args), then its state."""
    if isinstance(rv, str):
        return x
    y = rv[0](*[convert(a) for a in rv[1]])
    if memo is not None:
        memo[id(x)] = y
    state = rv[2] if len(rv) > 2 else None
    if state:
        state = convert(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    return y


def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if not _defined_in_python(cls):
        if isinstance(x, _CONTAINERS):
            return x.copy()
        if cls is bytearray:
            return bytearray(x)
        _refuse(x)
    reduce = _own_reduce(cls)
    if reduce is not None:
        return _reconstruct(x, reduce(x), _same)
    return _fill_state(x, _new_like(x, _same), _same)


def _keep_alive(x, memo):
    # As CPython's: the originals stay referenced by the memo while it lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x

    def deep(v):
        return deepcopy(v, memo)

    if cls is tuple:
        items = [deep(a) for a in x]
        # A tuple that refers to itself (through a list) has been copied meanwhile.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(x, items)) else tuple(items)
    elif cls in (frozenset, bytearray):
        y = cls(deep(a) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif not _defined_in_python(cls):
            if not isinstance(x, _CONTAINERS):
                _refuse(x)
            # An empty copy keeps the container's settings; the memo has it before its items are copied.
            y = x.copy()
            y.clear()
            memo[d] = y
            _fill_items(x, y, deep)
        elif _own_reduce(cls) is not None:
            y = _reconstruct(x, _own_reduce(cls)(x), deep, memo)
        else:
            y = _new_like(x, deep)
            memo[d] = y
            _fill_state(x, y, deep)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
`;

registerModule('copy', (proc, ns) => {
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'copy' });
  for (const name of ['copy', 'deepcopy', 'Error', 'error']) ns.set(name, internal.get(name));
});
