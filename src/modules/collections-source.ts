// collections.ChainMap and collections.UserDict, in Python (run by
// py-source.ts), as CPython defines them in Python. Importing collections
// does not load collections.abc (which costs more than this whole module),
// so the methods CPython inherits from MutableMapping (get, setdefault,
// pop, popitem, clear, update, ==, and the KeysView / ItemsView /
// ValuesView that keys(), items() and values() return) are written out in
// _MutableMapping here; collections.abc registers these classes when it
// is imported (collections-abc.ts).

export const COLLECTIONS_FILE = '<pygil collections>';

export const COLLECTIONS_SOURCE = `
__name__ = 'collections'

_repr_running = set()


def _guarded_repr(self, make):
    """make(self), or '...' when self's repr is already being made (a recursive structure)."""
    key = id(self)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        return make(self)
    finally:
        _repr_running.discard(key)


def _is_mapping(obj):
    return isinstance(obj, (dict, _MutableMapping))


class _MappingView:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class _SetView(_MappingView):
    """What KeysView and ItemsView share: they compare and combine as sets."""
    __slots__ = ()

    def __eq__(self, other):
        if not isinstance(other, (set, frozenset, _SetView, type({}.keys()), type({}.items()))):
            return NotImplemented
        return len(self) == len(other) and all(x in other for x in self)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    # The operators build plain sets in the order collections.abc.Set does
    # (which decides the order of equal-hash-bucket elements when printed).
    def __and__(self, other):
        return set(value for value in other if value in self)

    __rand__ = __and__

    def __or__(self, other):
        result = set(self)
        result.update(other)
        return result

    __ror__ = __or__

    def __sub__(self, other):
        other = other if isinstance(other, (set, frozenset, _SetView)) else set(other)
        return set(value for value in self if value not in other)

    def __rsub__(self, other):
        return set(value for value in other if value not in self)

    def __xor__(self, other):
        other = other if isinstance(other, (set, frozenset, _SetView)) else set(other)
        return self.__sub__(other) | set(value for value in other if value not in self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        return all(x not in self for x in other)


class KeysView(_SetView):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_SetView):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_MappingView):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_missing = object()


class _MutableMapping:
    """The methods a MutableMapping derives from []-access, len and iteration."""

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is _missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class ChainMap(_MutableMapping):
    """A view of several mappings as one: lookups search them in order, changes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Each key once, in the order of the last mapping first (as a dict built from them would).
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(self, lambda s: '%s(%s)' % (type(s).__name__, ', '.join(map(repr, s.maps))))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return type(self)(merged)


class UserDict(_MutableMapping):
    """A dict wrapper meant for subclassing: the contents live in self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = type(self).__new__(type(self))
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass: a shallow copy of the instance with its own data.
        inst = type(self).__new__(type(self))
        inst.__dict__.update(self.__dict__)
        inst.data = {}
        inst.update(self)
        return inst

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d
`;
