// The Python half of functools: singledispatch, singledispatchmethod and
// partialmethod, with the behaviour and messages of CPython 3.11's.
//
// Dispatch walks the argument's class's MRO; abstract base classes the
// class does not name as bases (virtual subclasses, __subclasshook__) are
// merged into that MRO first, by the C3 rule, as CPython does, so an ABC
// registration ranks where CPython ranks it and an ambiguous pair raises
// the same RuntimeError. Results are cached per class until the next
// registration, or until abc's cache token moves (an ABC.register()).
// Written in Python so that a dispatched call is a frame like any other,
// free to block or recurse.

export const FUNCTOOLS_FILE = '<pygil functools.dispatch>';

/**
 * Python source run by pygil (not CPython's). `update_wrapper` and `partial`
 * are injected from functools.ts. Imports (abc, typing) happen on first
 * need, so `import functools` stays cheap.
 */
export const FUNCTOOLS_SOURCE = `
_UnionType = type(int | str)
_GenericAlias = type(list[int])


class mappingproxy:
    # A read-only view of a dict (types.MappingProxyType), for registry.
    __module__ = 'builtins'

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()


def _attributes_of(func):
    # pygil's classmethod and staticmethod do not copy their function's
    # __name__, __doc__ and __annotations__ as CPython 3.10+ does: read
    # those from the function they hold.
    if not hasattr(func, '__name__') and hasattr(func, '__func__'):
        return func.__func__
    return func


def _wrap(wrapper, wrapped):
    update_wrapper(wrapper, _attributes_of(wrapped))
    wrapper.__wrapped__ = wrapped


def _union_members(tp):
    # The members of a union (int | str or typing.Union[int, str]), or None.
    if isinstance(tp, _UnionType):
        return tp.__args__
    if isinstance(tp, type):
        return None
    import typing
    if getattr(tp, '__origin__', None) is typing.Union:
        return tp.__args__
    return None


def _can_dispatch_on(tp):
    if isinstance(tp, type):
        return True
    members = _union_members(tp)
    return members is not None and all(isinstance(m, type) for m in members)


# ---------------------------------------------------------------- the MRO with ABCs

def _c3_merge(sequences):
    # The C3 linearisation of the given sequences (lists, consumed).
    merged = []
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return merged
        head = None
        for seq in sequences:
            candidate = seq[0]
            if not any(candidate in other[1:] for other in sequences):
                head = candidate
                break
        if head is None:
            raise RuntimeError('Inconsistent hierarchy')
        merged.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    # cls's MRO with the abstract classes of abcs that cls implements
    # without naming them inserted where the class that brings them in is.
    bases = cls.__bases__
    # Bases up to and including the last explicit ABC come first.
    boundary = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            boundary = i + 1
            break
    abcs = list(abcs) if abcs else []
    explicit = list(bases[:boundary])
    others = list(bases[boundary:])
    introduced = []
    for abstract in abcs:
        # cls is where the behaviour described by this ABC comes in.
        if issubclass(cls, abstract) and not any(issubclass(b, abstract) for b in bases):
            introduced.append(abstract)
    for abstract in introduced:
        abcs.remove(abstract)
    return _c3_merge(
        [[cls]]
        + [_c3_mro(b, abcs=abcs) for b in explicit]
        + [_c3_mro(b, abcs=abcs) for b in introduced]
        + [_c3_mro(b, abcs=abcs) for b in others]
        + [explicit, introduced, others])


def _compose_mro(cls, types):
    # cls's MRO extended with those of types it implements only virtually.
    own = set(cls.__mro__)

    def related(tp):
        return (tp not in own and hasattr(tp, '__mro__')
                and not isinstance(tp, _GenericAlias) and issubclass(cls, tp))

    candidates = [tp for tp in types if related(tp)]

    def below_another(tp):
        return any(tp != other and tp in other.__mro__ for other in candidates)

    candidates = [tp for tp in candidates if not below_another(tp)]
    wanted = set(candidates)
    abcs = []
    for tp in candidates:
        # Subclasses of the ABC that cls also implements fix the ABCs' order.
        chains = [[s for s in sub.__mro__ if s in wanted]
                  for sub in tp.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            abcs.append(tp)
            continue
        # The subclasses with the most useful bases first.
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for sub in chain:
                if sub not in abcs:
                    abcs.append(sub)
    return _c3_mro(cls, abcs=abcs)


def _find_impl(cls, registry):
    # The implementation registered for the nearest class of cls's MRO.
    mro = _compose_mro(cls, registry.keys())
    best = None
    for tp in mro:
        if best is not None:
            # Two unrelated ABCs, neither a real base of cls, match equally:
            # refuse to guess.
            if (tp in registry and tp not in cls.__mro__ and best not in cls.__mro__
                    and not issubclass(best, tp)):
                raise RuntimeError(f'Ambiguous dispatch: {best} or {tp}')
            break
        if tp in registry:
            best = tp
    return registry.get(best)


# ---------------------------------------------------------------- singledispatch

def singledispatch(func):
    import abc
    registry = {}
    # Per class, the implementation found for it. (CPython keeps weak keys;
    # pygil's classes live as long as the program.)
    found = {}
    abc_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        nonlocal abc_token
        if abc_token is not None:
            token = abc.get_cache_token()
            if token != abc_token:
                found.clear()
                abc_token = token
        try:
            return found[cls]
        except KeyError:
            pass
        if cls in registry:
            impl = registry[cls]
        else:
            impl = _find_impl(cls, registry)
        found[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        nonlocal abc_token
        if _can_dispatch_on(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to \`register()\`. '
                                f'{cls!r} is not a class or union type.')
            if not getattr(_attributes_of(cls), '__annotations__', {}):
                raise TypeError(f'Invalid first argument to \`register()\`: {cls!r}. '
                                f'Use either \`@register(some_class)\` or plain \`@register\` '
                                f'on an annotated function.')
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(_attributes_of(func)).items()))
            if not _can_dispatch_on(cls):
                if _union_members(cls) is not None:
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        members = _union_members(cls)
        if members is not None:
            for member in members:
                registry[member] = func
        else:
            registry[cls] = func
        if abc_token is None and hasattr(cls, '__abstractmethods__'):
            abc_token = abc.get_cache_token()
        found.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(_attributes_of(func), '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = mappingproxy(registry)
    wrapper._clear_cache = found.clear
    _wrap(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        _wrap(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- partialmethod

class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # One level only, so that self or cls goes before every argument.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        positional = ', '.join(repr(a) for a in self.args)
        named = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        return f'{cls.__module__}.{cls.__qualname__}({self.func}, {positional}, {named})'

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # The descriptor made a new callable (a bound method): use it.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        # Otherwise behave as a plain function would: an instance method.
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_GenericAlias)
`;
