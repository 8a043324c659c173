// The typing module, for the annotations programs write: the special forms
// (Any, Union, Optional, Callable, Literal, ClassVar, Final …), the
// capitalised aliases of the builtin and abstract containers (List, Dict,
// Iterable …), TypeVar, Generic, Protocol, NamedTuple, cast, overload and
// get_type_hints. Subscripting them builds objects that print, compare
// and refuse isinstance() as CPython's do; the aliases' isinstance() of an
// unsubscripted form asks the container's class, or for the abstract ones
// (Iterable, Sequence …) the methods an object has. Written in Python.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';

const FILE = '<pygil typing>';

const SOURCE = `
import builtins as _builtins
import collections as _collections

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A class named by a string, for one defined later ('Node')."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, NoReturn, and the forms that only take arguments (Union, Optional …)."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, params)

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


class _GenericAlias(_Final):
    """A subscripted form: typing.List[int], typing.Union[int, str], Stack[int]."""

    def __init__(self, origin, args, name=None, form=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._form = form

    def __repr__(self):
        if self._form == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self._form == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = ', '.join(_type_repr(a) for a in self.__args__[0])
            return f'typing.Callable[[{params}], {_type_repr(self.__args__[1])}]'
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if len(self.__args__) == 0:
            return f'{head}[()]'
        return f'{head}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead')
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type) and origin is not Generic and Generic in bases:
            return (origin,)
        return (origin,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _abc_check(names):
    def check(cls):
        return all(any(n in vars(k) for k in cls.__mro__) for n in names)
    return check


class _Alias(_Final):
    """An unsubscripted capitalised alias: typing.List, typing.Iterable."""

    def __init__(self, origin, name, nparams, check=None):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._check = check

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if self._name == 'Callable':
            return _GenericAlias(self.__origin__, params, self._name, 'Callable')
        if self._nparams >= 0 and len(params) != self._nparams and not (self._name == 'Tuple'):
            raise TypeError(f'Too {"many" if len(params) > self._nparams else "few"} arguments for {self!r}; '
                            f'actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self._check is not None:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')
        raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._check is not None:
            return self._check(cls)
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in params:
        p = _type_check(p)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and _NoneType in flat:
        other = flat[0] if flat[1] is _NoneType else flat[1]
        alias = _GenericAlias(Union, tuple(flat), 'Union', 'Optional')
        alias.__args__ = tuple(flat)
        return alias
    return _GenericAlias(Union, tuple(flat), 'Union')


def _optional(form, param):
    return _union(form, (param, None))


def _one_arg(form, param):
    if isinstance(param, tuple):
        raise TypeError(f'{form} accepts only single type.')
    return _GenericAlias(form, (_type_check(param),), form._name)


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(form, params, 'Literal')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one_arg)
Final = _SpecialForm('Final', _one_arg)
Literal = _SpecialForm('Literal', _literal)
TypeAlias = _SpecialForm('TypeAlias')


def _has(*names):
    return _abc_check(names)


def _subclass_of(*types):
    return lambda cls: issubclass(cls, types)


_SEQUENCES = (list, tuple, str, range, bytes, bytearray)
_MUTABLE_SEQUENCES = (list, bytearray, _collections.deque)

List = _Alias(list, 'List', 1)
Dict = _Alias(dict, 'Dict', 2)
Set = _Alias(set, 'Set', 1)
FrozenSet = _Alias(frozenset, 'FrozenSet', 1)
Tuple = _Alias(tuple, 'Tuple', -1)
Type = _Alias(type, 'Type', 1)
Deque = _Alias(_collections.deque, 'Deque', 1)
DefaultDict = _Alias(_collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _Alias(_collections.OrderedDict, 'OrderedDict', 2)
Counter = _Alias(_collections.Counter, 'Counter', 1)
ChainMap = _Alias(_collections.ChainMap, 'ChainMap', 2)
Callable = _Alias(object, 'Callable', -1, lambda cls: any('__call__' in vars(k) for k in cls.__mro__ if k is not object) or cls is type)
Iterable = _Alias(object, 'Iterable', 1, _has('__iter__'))
Iterator = _Alias(object, 'Iterator', 1, _has('__iter__', '__next__'))
Reversible = _Alias(object, 'Reversible', 1, _has('__reversed__', '__iter__'))
Sized = _Alias(object, 'Sized', 0, _has('__len__'))
Container = _Alias(object, 'Container', 1, _has('__contains__'))
Collection = _Alias(object, 'Collection', 1, _has('__len__', '__iter__', '__contains__'))
Hashable = _Alias(object, 'Hashable', 0, lambda cls: getattr(cls, '__hash__', None) is not None)
Generator = _Alias(object, 'Generator', 3, _has('send', 'throw', 'close', '__iter__', '__next__'))
Awaitable = _Alias(object, 'Awaitable', 1, _has('__await__'))
Coroutine = _Alias(object, 'Coroutine', 3, _has('send', 'throw', 'close', '__await__'))
AsyncIterable = _Alias(object, 'AsyncIterable', 1, _has('__aiter__'))
AsyncIterator = _Alias(object, 'AsyncIterator', 1, _has('__aiter__', '__anext__'))
AsyncGenerator = _Alias(object, 'AsyncGenerator', 2, _has('__aiter__', '__anext__', 'asend', 'athrow'))
Sequence = _Alias(object, 'Sequence', 1, _subclass_of(*_SEQUENCES))
MutableSequence = _Alias(object, 'MutableSequence', 1, _subclass_of(*_MUTABLE_SEQUENCES))
Mapping = _Alias(object, 'Mapping', 2, _subclass_of(dict, _collections.ChainMap))
MutableMapping = _Alias(object, 'MutableMapping', 2, _subclass_of(dict, _collections.ChainMap))
AbstractSet = _Alias(object, 'AbstractSet', 1, _subclass_of(set, frozenset))
MutableSet = _Alias(object, 'MutableSet', 1, _subclass_of(set))
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class Generic:
    """class Stack(Generic[T]): a class whose subscription Stack[int] is an alias that makes Stacks."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.')
        return _GenericAlias(cls, params)


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def _namedtuple_from(typename, fields, defaults, module):
    nt = _collections.namedtuple(typename, [n for n, _ in fields], defaults=defaults, module=module)
    nt.__annotations__ = dict(fields)
    return nt


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        anns = ns.get('__annotations__', {})
        fields = list(anns.items())
        defaults = []
        for name, _ in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f'Non-default namedtuple field {name} cannot follow default field'
                                f'{"s" if len(defaults) > 1 else ""} {", ".join(n for n, _ in fields if n in ns)}')
        nt = _namedtuple_from(typename, fields, defaults, ns.get('__module__', '__main__'))
        for key, value in ns.items():
            if key in ('__annotations__', '__module__', '__qualname__') or key in anns:
                continue
            setattr(nt, key, value)
        return nt


# The class that a NamedTuple base stands for: made directly, or its own creation would run the metaclass.
_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = list(kwargs.items())
    return _namedtuple_from(typename, list(fields), [], '__main__')


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _resolve(value, globalns)
        return hints
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = _resolve(value, globalns if globalns is not None else getattr(obj, '__globals__', {}))
    return hints


def _resolve(value, ns):
    if value is None:
        return _NoneType
    if isinstance(value, str) and ns is not None:
        target = ns
        for part in value.split('.'):
            if isinstance(target, dict):
                if part in target:
                    target = target[part]
                elif target is ns and hasattr(_builtins, part):
                    # A name the module does not define is a builtin's, as eval() finds it.
                    target = getattr(_builtins, part)
                else:
                    return value
            else:
                target = getattr(target, part, None)
        return target
    return value


def get_origin(tp):
    # The unsubscripted form behind a subscripted one (List[int] -> list, Optional[int] -> Union).
    if isinstance(tp, (_GenericAlias, _Alias)) or type(tp).__name__ == 'GenericAlias':
        if getattr(tp, '_name', None) == 'Callable':
            # (collections.abc is imported only when asked for: it is not cheap.)
            import collections.abc
            return collections.abc.Callable
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == 'UnionType':
        return type(tp)
    return None


def get_args(tp):
    # What a subscripted form was subscripted with (Callable's parameters as a list).
    if isinstance(tp, _GenericAlias) or type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return tp.__args__
    return ()


class NewType:
    # A distinct name for a type checker; at run time it returns its argument.
    # (Its module is the main program's: pygil cannot look at the caller's globals.)
    __module__ = 'typing'

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[-1]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                        f'{chr(96)}{self.__qualname__} = NewType({self.__qualname__!r}, {self.__name__}){chr(96)}')


TYPE_CHECKING = False
AnyStr = TypeVar('AnyStr', bytes, str)
`;

const EXPORTS = ['Any', 'NoReturn', 'Never', 'Union', 'Optional', 'ClassVar', 'Final', 'Literal', 'TypeAlias', 'List',
  'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type', 'Deque', 'DefaultDict', 'OrderedDict', 'Counter', 'ChainMap',
  'Callable', 'Iterable', 'Iterator', 'Reversible', 'Sized', 'Container', 'Collection', 'Hashable', 'Generator',
  'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Sequence', 'MutableSequence',
  'Mapping', 'MutableMapping', 'AbstractSet', 'MutableSet', 'Text', 'TypeVar', 'Generic', 'Protocol',
  'runtime_checkable', 'NamedTuple', 'cast', 'overload', 'final', 'no_type_check', 'get_type_hints',
  'TYPE_CHECKING', 'AnyStr', 'ForwardRef', 'get_origin', 'get_args', 'NewType'];

registerModule('typing', (proc, ns) => {
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'typing' });
  for (const name of EXPORTS) ns.set(name, internal.get(name));
});
