// The enum module: Enum, IntEnum, StrEnum, auto and unique. The metaclass
// (EnumType) turns the plain values of a class body into members made once
// (a member is an instance of the class with `_name_` and `_value_`),
// keeps them in definition order with aliases for repeated values, looks
// them up by value (Color(1)) and by name (Color['RED']), and refuses to
// rebind them. CPython collects members while the body runs (a custom
// __prepare__ namespace); pygil reads the finished namespace instead,
// which gives the same members for the ordinary enum definitions.
// Written in Python.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';

const FILE = '<pygil enum>';

const SOURCE = `
class auto:
    """Stands for the next value: one more than the last member's (1 for the first)."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto()'


def _is_member_value(key, value):
    if key.startswith('__') and key.endswith('__'):
        return False
    if key.startswith('_'):
        return False
    if type(value).__name__ in ('function', 'staticmethod', 'classmethod', 'property', 'builtin_function_or_method'):
        return False
    if hasattr(type(value), '__get__') and not isinstance(value, (int, str, float, tuple)):
        return False
    return True


class _EnumDict(dict):
    # The namespace of an enum's body: a member's name cannot be given again.
    def __init__(self):
        super().__init__()
        self._member_names = []

    def __setitem__(self, key, value):
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if _is_member_value(key, value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            self._member_names.append(key)
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict()

    def __new__(metacls, cls, bases, classdict, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {cls!r}> cannot extend {base!r}')
        members = [(k, v) for k, v in classdict.items() if _is_member_value(k, v)]
        if members and '_generate_next_value_' in classdict:
            # CPython's class namespace refuses it once a member is defined.
            keys = list(classdict)
            if keys.index(members[0][0]) < keys.index('_generate_next_value_'):
                raise TypeError('_generate_next_value_ must be defined before members')
        body = {k: v for k, v in classdict.items() if not any(k == m for m, _ in members)}
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # A mixed-in type (int for IntEnum) comes before Enum in the MRO: the
        # enum's own repr (and, unless it is a ReprEnum, str and format) win.
        if 'Enum' in globals() and enum_class._mixin_type() is not object:
            keep_mixin = 'ReprEnum' in globals() and issubclass(enum_class, ReprEnum)
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                source = ReprEnum if keep_mixin and name != '__repr__' else Enum
                type.__setattr__(enum_class, name, source.__dict__[name])
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        mixin = enum_class._mixin_type()
        custom_new = classdict.get('__new__')
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        last = 0
        for name, value in members:
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(name, 1, len(enum_class._member_names_), [last])
            args = value if isinstance(value, tuple) else (value,)
            if custom_new is not None:
                # The class's own __new__ makes each member (and may set _value_ itself).
                member = custom_new(enum_class, *args)
            elif mixin is object:
                member = object.__new__(enum_class)
            else:
                member = mixin.__new__(enum_class, *args)
            member._name_ = name
            if custom_new is None or '_value_' not in getattr(member, '__dict__', {}):
                member._value_ = value if mixin is object else mixin(*args)
            init = enum_class.__dict__.get('__init__') or next(
                (b.__dict__['__init__'] for b in enum_class.__mro__[1:] if '__init__' in b.__dict__ and b is not Enum
                 and b.__module__ != 'builtins'), None)
            if init is not None:
                init(member, *args)
            if isinstance(member._value_, int):
                last = member._value_
            existing = enum_class._value2member_map_.get(member._value_)
            if existing is not None:
                member = existing
            else:
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[member._value_] = member
                except TypeError:
                    pass
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        return enum_class

    def _mixin_type(cls):
        for base in cls.__mro__[1:]:
            if base is object or isinstance(base, EnumType):
                continue
            return base
        return object

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise TypeError('pygil: the functional Enum API is not supported')
        if isinstance(value, cls):
            return value
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:
            member = None
        if member is None:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
            return cls._from_missing(value)
        return member

    def _from_missing(cls, value):
        # What the class's _missing_ makes of a value no member has.
        not_valid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        try:
            result = cls._missing_(value)
        except Exception as e:
            if not isinstance(e, ValueError):
                e.__context__ = not_valid
            raise e
        if isinstance(result, cls):
            return result
        if result is None:
            raise not_valid
        error = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')
        error.__context__ = not_valid
        raise error

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' and '{type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        return f'<enum {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'{cls.__name__!r} cannot delete member {name!r}.')
        super().__delattr__(name)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


class _Attribute:
    """name and value: read-only on members, like CPython's enum properties."""

    def __init__(self, attr):
        self.attr = attr

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.attr)

    def __set__(self, obj, value):
        raise AttributeError(f"<enum 'Enum'> cannot set attribute {self.attr.strip('_')!r}")

    def __delete__(self, obj):
        raise AttributeError(f"<enum 'Enum'> cannot delete attribute {self.attr.strip('_')!r}")


class Enum(metaclass=EnumType):
    name = _Attribute('_name_')
    value = _Attribute('_value_')

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return last_values[-1] + 1 if last_values and isinstance(last_values[-1], int) else start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Keeps the mixed-in type's str() and format() (IntEnum, StrEnum)."""

    def __str__(self):
        return self._mixin_str()

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    def _mixin_str(self):
        return int.__repr__(self._value_)


class StrEnum(str, ReprEnum):
    def _mixin_str(self):
        return self._value_

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration
`;

registerModule('enum', (proc, ns) => {
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'enum' });
  for (const name of ['Enum', 'IntEnum', 'StrEnum', 'EnumType', 'EnumMeta', 'auto', 'unique']) ns.set(name, internal.get(name));
});
