// Two small modules written in Python:
// - contextlib: contextmanager (a generator as a with-statement manager,
//   and as a decorator), suppress, closing, nullcontext, ContextDecorator,
//   redirect_stdout/redirect_stderr.
// - abc: ABC, ABCMeta, abstractmethod and register(). A class with abstract
//   methods left cannot be instantiated: object.__new__ checks the
//   __abstractmethods__ that ABCMeta computes (ops.ts allocInstance).

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';

const CONTEXTLIB_FILE = '<pygil contextlib>';

const CONTEXTLIB_SOURCE = `
from functools import wraps as _wraps


class ContextDecorator:
    """A context manager that is also a decorator: the function runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator runs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator swallowed the exception (or it was a StopIteration of the body).
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream:
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    _stream = 'stderr'


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass
`;

const ABC_FILE = '<pygil abc>';

const ABC_SOURCE = `
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if getattr(value, '__isabstractmethod__', False)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, key, None), '__isabstractmethod__', False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for klass in cls.__mro__:
            for registered in klass.__dict__.get('_abc_registry', ()):
                if issubclass(subclass, registered):
                    return True
        return any(issubclass(subclass, sub) for sub in cls.__subclasses__() if sub is not subclass)


class ABC(metaclass=ABCMeta):
    __slots__ = ()
`;

registerModule('contextlib', (proc, ns) => {
  hiddenFiles.add(CONTEXTLIB_FILE);
  const internal = runPythonSource(proc, CONTEXTLIB_FILE, CONTEXTLIB_SOURCE, { __name__: 'contextlib' });
  for (const name of ['contextmanager', 'suppress', 'closing', 'nullcontext', 'ContextDecorator', 'redirect_stdout',
    'redirect_stderr']) ns.set(name, internal.get(name));
});

registerModule('abc', (proc, ns) => {
  hiddenFiles.add(ABC_FILE);
  const internal = runPythonSource(proc, ABC_FILE, ABC_SOURCE, { __name__: 'abc' });
  for (const name of ['abstractmethod', 'ABCMeta', 'ABC']) ns.set(name, internal.get(name));
});
