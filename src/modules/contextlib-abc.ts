// Two small modules written in Python:
// - contextlib: contextmanager (a generator as a with-statement manager,
//   and as a decorator), asynccontextmanager, suppress, closing, aclosing,
//   nullcontext, ContextDecorator, AsyncContextDecorator, ExitStack,
//   AsyncExitStack, redirect_stdout/redirect_stderr.
// - abc: ABC, ABCMeta, abstractmethod (and the old abstractproperty /
//   abstractclassmethod / abstractstaticmethod), register(),
//   get_cache_token, update_abstractmethods. A class with abstract methods
//   left cannot be instantiated: object.__new__ checks the
//   __abstractmethods__ that ABCMeta computes (ops.ts allocInstance).
//   issubclass() against an ABC asks, in CPython's order, the class's
//   __subclasshook__, its MRO, the classes registered on that ABC itself,
//   then its subclasses; answers are cached per ABC (the negative cache
//   until the next register() anywhere), as CPython's _abc does.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';
import { PyBuiltin } from '../runtime/function.js';
import { PyDict, PySet, frozensetType } from '../runtime/dict.js';
import { PyTuple } from '../runtime/tuple.js';
import * as ops from '../runtime/ops.js';

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


class _GeneratorContextManagerBase:
    # What the context managers of contextmanager and asynccontextmanager share.
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


class _GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator):
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
        except BaseException as exc:
            return _thrown_back(exc, value, traceback, StopIteration)
        raise RuntimeError("generator didn't stop after throw()")


def _thrown_back(exc, value, traceback, stops):
    # The generator of a context manager let exc out when value was
    # thrown in: the body's own exception coming back (or a stop exception
    # PEP 479 turned into RuntimeError) means "not handled"; anything else
    # is raised in its place.
    if exc is value:
        exc.__traceback__ = traceback
        return False
    if isinstance(exc, RuntimeError) and isinstance(value, stops) and exc.__cause__ is value:
        value.__traceback__ = traceback
        return False
    raise exc


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


class AsyncContextDecorator:
    """An async context manager that is also a decorator of coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AsyncContextDecorator):
    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as exc:
            # The generator swallowed the exception (or it was the body's own StopAsyncIteration).
            return exc is not value
        except BaseException as exc:
            return _thrown_back(exc, value, traceback, (StopIteration, StopAsyncIteration))
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class aclosing:
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


def _no_protocol(cm, kind):
    t = type(cm)
    return TypeError(f"'{t.__module__}.{t.__qualname__}' object does not support the {kind} protocol")


class _BaseExitStack:
    # The callbacks (is_sync, callable) run last first when the stack exits.

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        t = type(cm)
        enter = getattr(t, '__enter__', None)
        exit = getattr(t, '__exit__', None)
        if enter is None or exit is None:
            raise _no_protocol(cm, 'context manager') from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append((True, _exit_wrapper))


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # A callback's exception has the exception it replaced as its context
    # (not the one being handled around the with statement).
    while True:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc


class _Unwinding:
    # An exit stack running its callbacks, last first: the exception each
    # one is given (a callback's own replaces it, one returning true
    # suppresses it), and what the with statement ends with.
    def __init__(self, exc_details):
        import sys
        self.exc_details = exc_details
        self.received = exc_details[0] is not None
        self.frame_exc = sys.exc_info()[1]
        self.suppressed = False
        self.pending_raise = False

    def returned(self, suppress):
        if suppress:
            self.suppressed = True
            self.pending_raise = False
            self.exc_details = (None, None, None)

    def raised(self, e):
        _fix_exception_context(e, self.exc_details[1], self.frame_exc)
        self.pending_raise = True
        self.exc_details = (type(e), e, e.__traceback__)

    def finish(self):
        if self.pending_raise:
            exc = self.exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return self.received and self.suppressed


class ExitStack(_BaseExitStack):
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        u = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                u.returned(cb(*u.exc_details))
            except BaseException as e:
                u.raised(e)
        return u.finish()

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack):
    async def enter_async_context(self, cm):
        t = type(cm)
        enter = getattr(t, '__aenter__', None)
        exit = getattr(t, '__aexit__', None)
        if enter is None or exit is None:
            raise _no_protocol(cm, 'asynchronous context manager') from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def _push_async_cm_exit(self, cm, cm_exit):
        async def _exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append((False, _exit_wrapper))

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        u = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                u.returned(cb(*u.exc_details) if is_sync else await cb(*u.exc_details))
            except BaseException as e:
                u.raised(e)
        return u.finish()
`;

const ABC_FILE = '<pygil abc>';

const ABC_SOURCE = `
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# Bumped by every register(): a class's negative cache is trusted only while
# the counter still has the value it had when the cache was filled.
_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


class _abc_data:
    """An ABC's own state: the classes registered on it and its two caches."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _abc_invalidation_counter


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, bases, namespace)
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        impl = cls._abc_impl
        if subclass not in impl.registry:
            impl.registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == _abc_invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        # 1. The class's own hook decides, unless it says NotImplemented.
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok is True:
                impl.cache.add(subclass)
            elif ok is False:
                impl.negative_cache.add(subclass)
            else:
                raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
            return ok
        # 2. A real subclass; 3. one registered on this very class (or a subclass of one);
        # 4. a subclass of one of its own subclasses (which asks their registries in turn).
        if (cls in subclass.__mro__ or any(issubclass(subclass, r) for r in impl.registry)
                or any(issubclass(subclass, s) for s in cls.__subclasses__())):
            impl.cache.add(subclass)
            return True
        impl.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstracts_of(cls, cls.__bases__, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()
`;

registerModule('contextlib', (proc, ns) => {
  hiddenFiles.add(CONTEXTLIB_FILE);
  const internal = runPythonSource(proc, CONTEXTLIB_FILE, CONTEXTLIB_SOURCE, { __name__: 'contextlib' });
  for (const name of ['contextmanager', 'suppress', 'closing', 'nullcontext', 'ContextDecorator', 'redirect_stdout',
    'redirect_stderr', 'asynccontextmanager', 'AsyncContextDecorator', 'aclosing', 'ExitStack', 'AsyncExitStack']) {
    ns.set(name, internal.get(name));
  }
});

const isAbstract = (v: unknown): boolean => ops.truthy(ops.getAttrMaybe(v, '__isabstractmethod__') ?? false);

/**
 * _abstracts_of(cls, bases, namespace): the names of the abstract methods
 * class `cls` has left: those of its namespace, and those of its bases
 * that it still finds abstract. In JS because every ABC's creation runs it
 * (in Python it was most of the cost of importing collections.abc).
 */
const abstractsOf = new PyBuiltin('_abstracts_of', (args) => {
  const [cls, bases, namespace] = args;
  const names = new PySet(frozensetType);
  for (const [name, value] of (namespace as PyDict).entries()) if (isAbstract(value)) names.add(name);
  for (const base of (bases as PyTuple).items) {
    const inherited = ops.getAttrMaybe(base, '__abstractmethods__');
    if (inherited === undefined) continue;
    for (const name of ops.toArray(inherited)) if (isAbstract(ops.getAttrMaybe(cls, ops.str(name)) ?? null)) names.add(name);
  }
  return names;
});

registerModule('abc', (proc, ns) => {
  hiddenFiles.add(ABC_FILE);
  const internal = runPythonSource(proc, ABC_FILE, ABC_SOURCE, { __name__: 'abc', _abstracts_of: abstractsOf });
  for (const name of ['abstractmethod', 'abstractclassmethod', 'abstractstaticmethod', 'abstractproperty', 'ABCMeta', 'ABC',
    'get_cache_token', 'update_abstractmethods']) ns.set(name, internal.get(name));
});
