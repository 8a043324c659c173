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
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeGuard = _SpecialForm('TypeGuard', _one_arg)
Required = _SpecialForm('Required', _one_arg)
NotRequired = _SpecialForm('NotRequired', _one_arg)


def _concatenate(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(params[-1], ParamSpec):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable.')
    return _GenericAlias(form, tuple(_type_check(p) for p in params), 'Concatenate')


Concatenate = _SpecialForm('Concatenate', _concatenate)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {", ".join(repr(m) for m in self.__metadata__)}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


class _AnnotatedForm(_SpecialForm):
    def __call__(self, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')


Annotated = _AnnotatedForm('Annotated', _annotated)


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


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
KeysView = _Alias(object, 'KeysView', 1, _subclass_of(type({}.keys())))
ValuesView = _Alias(object, 'ValuesView', 1, _subclass_of(type({}.values())))
ItemsView = _Alias(object, 'ItemsView', 2, _subclass_of(type({}.items())))
Text = str


class ParamSpec(_Final):
    # The parameters of a callable, for Callable[P, T] and Concatenate.
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class _ParamSpecPart(_Final):
    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        if not isinstance(other, _ParamSpecPart):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._part == other._part

    def __hash__(self):
        return hash((self.__origin__, self._part))


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


# What a protocol's members are not (CPython 3.11's typing: internals and special names).
_PROTO_EXCLUDED = frozenset(['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
                             '_is_runtime_protocol', '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                             '__init__', '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                             '__class_getitem__', '_MutableMapping__marker', '__qualname__', '__init_subclass__'])


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # A concrete class of a protocol: the first __init__ further up the MRO, from now on.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class _ProtocolMeta(type):
    # isinstance() against a @runtime_checkable protocol looks for its members.
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if ((not getattr(cls, '_is_protocol', False) or _is_callable_members_only(cls)) and
                type.__subclasscheck__(cls, type(instance))):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, other):
        if not getattr(cls, '_is_protocol', False) or cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if not _is_callable_members_only(cls):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if type.__subclasscheck__(cls, other):
            return True
        for attr in _get_protocol_attrs(cls):
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or (issubclass(base, Generic) and getattr(base, '_is_protocol', False))):
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


class _TypedDictMeta(type):
    # class Movie(TypedDict): its instances are plain dicts; the class keeps
    # the keys' annotations and which of them are required.
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        own = {n: _type_check(tp) for n, tp in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            form = getattr(tp, '__origin__', None)
            if form is Required:
                required.add(key)
            elif form is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields), '__module__': '__main__'}, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


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
  'TYPE_CHECKING', 'AnyStr', 'ForwardRef', 'get_origin', 'get_args', 'NewType', 'Self', 'LiteralString', 'TypeGuard',
  'Required', 'NotRequired', 'Concatenate', 'ParamSpec', 'Annotated', 'assert_never', 'assert_type', 'reveal_type',
  'SupportsInt', 'SupportsFloat', 'SupportsComplex', 'SupportsBytes', 'SupportsIndex', 'SupportsAbs', 'SupportsRound',
  'TypedDict', 'KeysView', 'ValuesView', 'ItemsView'];

registerModule('typing', (proc, ns) => {
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'typing' });
  for (const name of EXPORTS) ns.set(name, internal.get(name));
});
