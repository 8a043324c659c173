// The dataclasses module: @dataclass writes __init__, __repr__, __eq__, the
// ordering methods and __hash__ from a class's annotations, as CPython's
// does. CPython generates their source text and exec()s it; pygil has no
// exec, so the methods here are general ones that read the class's field
// list, and argument binding comes from args.ts so that a wrong call gets
// the messages a generated __init__ would give.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { PyBuiltin } from '../runtime/function.js';
import { PyList, PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { typeError } from '../runtime/exceptions.js';
import { bind } from './args.js';
import { hiddenFiles } from '../vm/traceback.js';

const FILE = '<pygil dataclasses>';

/**
 * _bind(qualname, params, required, kwonly, kwrequired, args, kwargs, missing):
 * the values of a generated __init__'s parameters (self first), `missing`
 * for those not given, after CPython's checks and messages.
 */
function bindInit(a: unknown[]): unknown {
  const [name, params, required, kwonly, kwrequired, args, kwargs, missing] = a as
    [string, PyList, number, PyList, PyList, PyTuple, PyDict, unknown];
  const kw = new Map<string, unknown>();
  for (const [k, v] of kwargs.entries()) kw.set(k as string, v);
  const sig = { name: `${name}.__init__`, params: params.items as string[], required, kwonly: kwonly.items as string[] };
  const values = bind(sig, args.items, kw.size > 0 ? kw : null).values;
  const absent = (kwrequired.items as string[]).filter((k) => values[sig.params.length + sig.kwonly.indexOf(k)] === undefined);
  if (absent.length > 0) {
    const list = absent.length === 1 ? `'${absent[0]}'`
      : absent.slice(0, -1).map((k) => `'${k}'`).join(', ') + `${absent.length > 2 ? ',' : ''} and '${absent[absent.length - 1]}'`;
    throw typeError(`${name}.__init__() missing ${absent.length} required keyword-only argument${absent.length > 1 ? 's' : ''}: ${list}`);
  }
  // Array.from, not map: map skips the holes bind() leaves for omitted arguments.
  return new PyList(Array.from(values, (v) => (v === undefined ? missing : v)));
}

const SOURCE = `
class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _MappingProxy({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(' f'name={self.name!r},' f'type={self.type!r},' f'default={self.default!r},'
                f'default_factory={self.default_factory!r},' f'init={self.init!r},' f'repr={self.repr!r},'
                f'hash={self.hash!r},' f'compare={self.compare!r},' f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},' f'_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _MappingProxy(dict):
    # Read-only in CPython (types.MappingProxyType); here it only prints like one.
    def __repr__(self):
        return f'mappingproxy({dict.__repr__(self)})'

    def __str__(self):
        return dict.__repr__(self)


class _Params:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def _own_fields(cls, kw_only):
    """The fields the class body itself declares, in annotation order."""
    out = []
    anns = cls.__dict__.get('__annotations__', {})
    for name, tp in anns.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = tp
        f._field_type = '_FIELD'
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        out.append(f)
    return out


def _all_fields(cls, kw_only):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in getattr(base, _FIELDS, {}).values():
            fields[f.name] = f
    for f in _own_fields(cls, kw_only):
        fields[f.name] = f
    return fields


def _values(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _make_init(cls):
    flds = list(getattr(cls, _FIELDS).values())
    pos = [f for f in flds if f.init and not f.kw_only]
    kwo = [f for f in flds if f.init and f.kw_only]
    seen_default = None
    for f in pos:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    required = 1 + sum(1 for f in pos if f.default is MISSING and f.default_factory is MISSING)
    params = ['self'] + [f.name for f in pos]
    kwonly = [f.name for f in kwo]
    kwrequired = [f.name for f in kwo if f.default is MISSING and f.default_factory is MISSING]
    frozen = getattr(cls, _PARAMS).frozen
    qualname = cls.__qualname__

    def __init__(*args, **kwargs):
        values = _bind(qualname, params, required, kwonly, kwrequired, args, kwargs, MISSING)
        self = values[0]
        given = dict(zip(params[1:] + kwonly, values[1:]))
        for f in flds:
            value = given.get(f.name, MISSING)
            if value is MISSING:
                if f.default_factory is not MISSING:
                    value = f.default_factory()
                elif f.default is not MISSING:
                    value = f.default
                else:
                    continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post()

    __init__.__qualname__ = qualname + '.__init__'
    return __init__


def _repr_fn():
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in getattr(type(self), _FIELDS).values() if f.repr]
            return f'{type(self).__qualname__}({", ".join(parts)})'
        finally:
            running.discard(key)
    return __repr__


def _compared(cls):
    return [f for f in getattr(cls, _FIELDS).values() if f.compare]


def _eq_fn():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            flds = _compared(type(self))
            return _values(self, flds) == _values(other, flds)
        return NotImplemented
    return __eq__


def _order_fn(op):
    def method(self, other):
        if other.__class__ is self.__class__:
            flds = _compared(type(self))
            return op(_values(self, flds), _values(other, flds))
        return NotImplemented
    return method


def _hash_fn():
    def __hash__(self):
        return hash(_values(self, [f for f in getattr(type(self), _FIELDS).values()
                                   if (f.compare if f.hash is None else f.hash)]))
    return __hash__


def _frozen_fns(cls):
    def __setattr__(self, name, value):
        if type(self) is cls or name in getattr(cls, _FIELDS):
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in getattr(cls, _FIELDS):
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return (('__setattr__', __setattr__), ('__delattr__', __delattr__))


def _set(cls, name, fn):
    """Adds method fn as cls.name unless the class body defined one; False if it did."""
    if name in cls.__dict__:
        return False
    fn.__name__ = name
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, fn)
    return True


def _format_annotation(tp):
    # inspect.formatannotation, as a signature in a docstring shows it.
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return tp.__module__ + '.' + tp.__qualname__
    return repr(tp)


def _doc_signature(cls):
    # The class's docstring when it has none: its name and __init__'s signature.
    positional = []
    keyword = []
    for f in getattr(cls, _FIELDS).values():
        if f._field_type != '_FIELD' or not f.init:
            continue
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        (keyword if f.kw_only else positional).append(text)
    if keyword:
        positional += ['*'] + keyword
    return cls.__name__ + '(' + ', '.join(positional) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    # Frozen or not, as the dataclasses it derives from.
    bases = [b for b in cls.__mro__[-1:0:-1] if getattr(b, _FIELDS, None) is not None]
    if bases:
        any_frozen_base = any(getattr(b, _PARAMS).frozen for b in bases)
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _PARAMS, _Params(init, repr, eq, order, unsafe_hash, frozen))
    setattr(cls, _FIELDS, _all_fields(cls, kw_only))
    if init:
        _set(cls, '__init__', _make_init(cls))
    if repr:
        _set(cls, '__repr__', _repr_fn())
    if eq:
        _set(cls, '__eq__', _eq_fn())
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if not _set(cls, name, _order_fn(op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        for name, fn in _frozen_fns(cls):
            if not _set(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash:
        if has_own_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_fn()
    elif eq and frozen and not has_own_hash:
        cls.__hash__ = _hash_fn()
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        cls.__doc__ = _doc_signature(cls)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in getattr(cls, _FIELDS).values() if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if slots or weakref_slot:
        raise NotImplementedError('pygil: dataclass(slots=True) is not supported')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        pairs = [(f.name, _convert(getattr(obj, f.name), factory, as_dict)) for f in fields(obj)]
        return factory(pairs) if as_dict else factory(v for _, v in pairs)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(type(obj), _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
`;

registerModule('dataclasses', (proc, ns) => {
  // Its frames stay out of tracebacks, as a generated __init__ has none of its own.
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, {
    __name__: 'dataclasses',
    _bind: new PyBuiltin('_bind', bindInit),
  });
  for (const name of ['dataclass', 'field', 'Field', 'fields', 'asdict', 'astuple', 'replace', 'is_dataclass',
    'FrozenInstanceError', 'MISSING', 'KW_ONLY']) ns.set(name, internal.get(name));
});
