// multiprocessing.managers, in Python, over the natives of multiprocessing
// (injected by multiprocessing.ts). A manager starts a server process (a
// forked Process named SyncManager-N) that holds the real objects; a proxy
// names one of them (typeid, ident) and each method call is a request to
// the server, whose answer comes back as a copy, as pickling would make it.
//
// How the talking works:
// - The server's main thread reads the listener channel: '#connect' makes a
//   connection (a request channel and a reply channel) served by a thread of
//   its own, '#shutdown' ends the server. CPython's server also gives each
//   connection a thread, so a call that blocks (Lock.acquire, Queue.get,
//   Event.wait) holds up that client only, and an RLock is owned by the
//   server thread of the client thread that took it.
// - A client makes one connection per (process, thread, manager), as
//   CPython's proxies keep one per thread; a forked child makes its own.
// - The reply channel is written by the server alone: if the server dies
//   during a call, the client sees the end of input (EOFError, as CPython).
// - Objects live until the server stops (pygil counts no proxy references).

export const MANAGERS_FILE = '<pygil multiprocessing.managers>';

export const MANAGERS_SOURCE = `
import threading as _threading
import queue as _queue


class RemoteError(Exception):
    def __str__(self):
        return ('\\n' + '-' * 75 + '\\n' + str(self.args[0]) + '-' * 75)


class State:
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2

    def __init__(self):
        self.value = State.INITIAL


class Token:
    def __init__(self, typeid, address, id):
        self.typeid = typeid
        self.address = address
        self.id = id

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (type(self).__name__, self.typeid, self.address, self.id)


class ForkProcess(Process):
    pass


# ------------------------------------------------------------------ referents the server holds


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        temp = []
        for name, value in list(self.__dict__.items()):
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (type(self).__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


class _ArrayReferent:
    # What array.array(typecode, sequence) would hold, for Array().
    def __init__(self, typecode, sequence):
        self._typecode = typecode
        self._items = [_convert(typecode, x) for x in sequence]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _ArrayReferent(self._typecode, self._items[i])
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._items[i] = [_convert(self._typecode, x) for x in v]
        else:
            self._items[i] = _convert(self._typecode, v)

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._typecode
        return 'array(%r, %r)' % (self._typecode, self._items)


def Array(typecode, sequence, lock=True):
    _check_typecode(typecode)
    return _ArrayReferent(typecode, sequence)


_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))


# ------------------------------------------------------------------ the server


class _Server:
    def __init__(self, registry, listener):
        self.registry = registry
        self.listener = listener
        self.objects = {}
        self.next_id = 0

    def serve_forever(self, ready):
        _announce_server(self.handle)
        ready.put(None)
        while True:
            ok, msg = self.listener.get(True, None)
            if msg[0] == '#connect':
                # The client writes requests (its channel ends with it, and so
                # does the thread serving it); only this server writes replies.
                req = msg[2]
                rep = _Channel(0, True)
                t = _threading.Thread(target=self.serve_client, args=(req, rep), daemon=True)
                t.start()
                msg[1].put(rep)
            elif msg[0] == '#shutdown':
                msg[1].put(None)
                _exit(0)

    def create(self, typeid, args, kwds):
        obj = self.registry[typeid][0](*args, **kwds)
        self.next_id += 1
        ident = '%x' % self.next_id
        self.objects[ident] = obj
        exposed = self.registry[typeid][1]
        if exposed is None:
            exposed = tuple(n for n in dir(obj) if not n.startswith('_') and callable(getattr(obj, n)))
        return ident, exposed

    def handle(self, msg):
        # One request: ('create', None, typeid, args, kwds) or
        # ('call', ident, methodname, args, kwds). Returns the reply.
        op, ident, name, args, kwds = msg
        try:
            if op == 'create':
                try:
                    return ('#RETURN', self.create(name, args, kwds))
                except Exception:
                    return ('#TRACEBACK', _format_exc())
            if name == '#getvalue':
                result = self.objects[ident]
            else:
                result = getattr(self.objects[ident], name)(*args, **kwds)
                if type(result) in _VIEWS:
                    result = list(result)
            return ('#RETURN', result)
        except BaseException as e:
            _clear_tb(e)
            return ('#ERROR', e)

    def serve_client(self, req, rep):
        while True:
            ok, msg = req.get(True, None)
            if not ok:
                return
            reply = self.handle(msg)
            try:
                rep.put(reply)
            except Exception as e:
                rep.put(('#UNSERIALIZABLE', 'Unserializable message: %r\\n' % (reply,)))


def _run_server(registry, listener, ready):
    _Server(registry, listener).serve_forever(ready)


# ------------------------------------------------------------------ clients


_connections = {}


def _request(listener, server_pid, msg, now):
    # now: the server answers at once, without this thread blocking (for
    # requests that never wait, which may come from a dunder the VM calls).
    key = (id(listener), _getpid(), _threading.get_ident())
    if _exitcode(server_pid) is not None:
        if key in _connections:
            raise BrokenPipeError(32, 'Broken pipe')
        raise FileNotFoundError(2, 'No such file or directory')
    if now:
        if key not in _connections:
            _connections[key] = None
        reply = _call_in_server(server_pid, msg)
        if reply is None:
            raise EOFError
    else:
        conn = _connections.get(key)
        if conn is None:
            answer = _Channel(0)
            req = _Channel(0, True)
            listener.put(('#connect', answer, req))
            ok, rep = answer.get(True, None)
            conn = _connections[key] = (req, rep)
        req, rep = conn
        req.put(msg)
        ok, reply = rep.get(True, None)
        if not ok:
            raise EOFError
    kind, result = reply
    if kind == '#RETURN':
        return result
    if kind == '#ERROR':
        raise result
    raise RemoteError(result)


class BaseProxy:
    _now_ = False

    def __init__(self, token, manager_info, exposed=None):
        self._token = token
        self._listener, self._server_pid = manager_info
        self._exposed = exposed

    def _callmethod(self, methodname, args=(), kwds={}):
        return _request(self._listener, self._server_pid, ('call', self._token.id, methodname, tuple(args), dict(kwds)),
                        self._now_ or methodname in ('__repr__', '__getattribute__'))

    def _getvalue(self):
        return self._callmethod('#getvalue')

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _forwarder(name):
    def method(self, /, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def MakeProxyType(name, exposed, _cache={}):
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    ns = {'__module__': 'multiprocessing.managers'}
    for meth in exposed:
        ns[meth] = _forwarder(meth)
    ProxyType = type(name, (BaseProxy,), ns)
    ProxyType._exposed_ = exposed
    _cache[(name, exposed)] = ProxyType
    return ProxyType


def AutoProxy(token, manager_info, exposed=None):
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    # A proxy sent to another process finds its class there by name.
    _hidden[ProxyType.__name__] = ProxyType
    return ProxyType(token, manager_info, exposed)


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    # The same loop over wait() as multiprocessing's own Condition.
    wait_for = Condition.wait_for


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _now_ = True
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return object.__getattribute__(self, '_callmethod')('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return object.__getattribute__(self, '_callmethod')('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return object.__getattribute__(self, '_callmethod')('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _now_ = True
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


class BaseListProxy(BaseProxy):
    _now_ = True
    _exposed_ = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
                 '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index',
                 'insert', 'pop', 'remove', 'reverse', 'sort', '__imul__')

    def __add__(self, other):
        return self._callmethod('__add__', (other,))

    def __contains__(self, item):
        return self._callmethod('__contains__', (item,))

    def __delitem__(self, i):
        return self._callmethod('__delitem__', (i,))

    def __getitem__(self, i):
        return self._callmethod('__getitem__', (i,))

    def __len__(self):
        return self._callmethod('__len__')

    def __mul__(self, n):
        return self._callmethod('__mul__', (n,))

    def __rmul__(self, n):
        return self._callmethod('__rmul__', (n,))

    def __setitem__(self, i, v):
        return self._callmethod('__setitem__', (i, v))

    def __iter__(self):
        return iter(self._callmethod('copy'))

    def __reversed__(self):
        return reversed(self._callmethod('copy'))

    def append(self, item):
        return self._callmethod('append', (item,))

    def count(self, item):
        return self._callmethod('count', (item,))

    def extend(self, items):
        return self._callmethod('extend', (items,))

    def index(self, *args):
        return self._callmethod('index', args)

    def insert(self, i, item):
        return self._callmethod('insert', (i, item))

    def pop(self, *args):
        return self._callmethod('pop', args)

    def remove(self, item):
        return self._callmethod('remove', (item,))

    def reverse(self):
        return self._callmethod('reverse')

    def sort(self, *, key=None, reverse=False):
        return self._callmethod('sort', (), {'key': key, 'reverse': reverse})


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


class DictProxy(BaseProxy):
    _now_ = True
    _exposed_ = ('__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
                 '__setitem__', 'clear', 'copy', 'get', 'items',
                 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values')

    def __contains__(self, key):
        return self._callmethod('__contains__', (key,))

    def __delitem__(self, key):
        return self._callmethod('__delitem__', (key,))

    def __getitem__(self, key):
        return self._callmethod('__getitem__', (key,))

    def __iter__(self):
        return iter(self._callmethod('keys'))

    def __len__(self):
        return self._callmethod('__len__')

    def __setitem__(self, key, value):
        return self._callmethod('__setitem__', (key, value))

    def clear(self):
        return self._callmethod('clear')

    def copy(self):
        return self._callmethod('copy')

    def get(self, *args):
        return self._callmethod('get', args)

    def items(self):
        return self._callmethod('items')

    def keys(self):
        return self._callmethod('keys')

    def pop(self, *args):
        return self._callmethod('pop', args)

    def popitem(self):
        return self._callmethod('popitem')

    def setdefault(self, *args):
        return self._callmethod('setdefault', args)

    def update(self, *args, **kwds):
        return self._callmethod('update', args, kwds)

    def values(self):
        return self._callmethod('values')


class ArrayProxy(BaseProxy):
    _now_ = True
    _exposed_ = ('__len__', '__getitem__', '__setitem__')

    def __len__(self):
        return self._callmethod('__len__')

    def __getitem__(self, i):
        return self._callmethod('__getitem__', (i,))

    def __setitem__(self, i, v):
        return self._callmethod('__setitem__', (i, v))

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]


# ------------------------------------------------------------------ managers


class BaseManager:
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        self._address = address
        self._state = State()
        self._listener = None
        self._shutdown_timeout = shutdown_timeout

    @property
    def address(self):
        return self._address

    def start(self, initializer=None, initargs=()):
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError('Already started server')
            if self._state.value == State.SHUTDOWN:
                raise ProcessError('Manager has shut down')
            raise ProcessError('Unknown state %r' % self._state.value)
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._listener = _Channel(0)
        ready = _Channel(0)
        self._process = ForkProcess(target=_run_server_with, args=(self._registry, self._listener, ready, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        # At exit the manager is shut down before the process waits for its
        # children (CPython's finalizer of priority 0).
        _register_child(self._process._pid, 'manager')
        _register_finalizer(self.shutdown)
        self._address = 'pygil-manager-%d' % self._process._pid
        # As CPython's start() waits for the server to send its address.
        ready.get(True, None)
        self._state.value = State.STARTED

    def _info(self):
        return (self._listener, self._process._pid)

    def _create(self, typeid, /, *args, **kwds):
        assert self._state.value == State.STARTED, 'server not yet started'
        return _request(self._listener, self._process._pid, ('create', None, typeid, args, kwds), True)

    def join(self, timeout=None):
        if getattr(self, '_process', None) is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def shutdown(self):
        if self._state.value != State.STARTED:
            return
        self._state.value = State.SHUTDOWN
        _unregister_finalizer(self.shutdown)
        process = self._process
        if _exitcode(process._pid) is None:
            answer = _Channel(0)
            self._listener.put(('#shutdown', answer))
            answer.get(True, None)
        process.join(timeout=self._shutdown_timeout)
        if process.is_alive():
            process.terminate()
            process.join(timeout=self._shutdown_timeout)

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value == State.SHUTDOWN:
            raise ProcessError('Manager has shut down')
        if self._state.value != State.STARTED:
            raise ProcessError('Unable to start server')
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        cls._registry[typeid] = (callable, exposed, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                ident, exp = self._create(typeid, *args, **kwds)
                token = Token(typeid, self._address, ident)
                return proxytype(token, self._info(), exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def _run_server_with(registry, listener, ready, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    _run_server(registry, listener, ready)


class SyncManager(BaseManager):
    pass


SyncManager.register('Queue', _queue.Queue)
SyncManager.register('JoinableQueue', _queue.Queue)
SyncManager.register('Event', _threading.Event, EventProxy)
SyncManager.register('Lock', _threading.Lock, AcquirerProxy)
SyncManager.register('RLock', _threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', _threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', _threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', _threading.Condition, ConditionProxy)
SyncManager.register('Barrier', _threading.Barrier, BarrierProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
`;
