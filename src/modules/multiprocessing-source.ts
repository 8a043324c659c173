// The Python half of `multiprocessing` (fork start method, as CPython 3.11
// on Linux): Process, the synchronisation classes, Queue, Pipe, Value and
// Array, written over the natives of multiprocessing.ts. Pool lives in
// multiprocessing.pool, compiled on first use as CPython imports it. Written
// in Python so that blocking (join, get, acquire) happens in ordinary VM
// frames that can give up the GIL (see py-source.ts).

export const MP_FILE = '<pygil multiprocessing>';

export const MP_SOURCE = `
import sys as _sys
from queue import Empty, Full
from operator import index as _index


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


_SIGNAL_NAMES = {-2: 'SIGINT', -9: 'SIGKILL', -15: 'SIGTERM'}


class _Counter:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return self.n


_process_counter = _Counter()
_children = set()


def _reaped(p):
    # The child has ended: collect its status, as Popen.poll's waitpid does.
    _children.discard(p)
    try:
        _reap(p._pid)
    except ChildProcessError:
        pass


def _cleanup():
    for p in list(_children):
        if _exitcode(p._pid) is not None:
            _reaped(p)


# BaseProcess holds everything, as in CPython, so that argument errors name
# BaseProcess.__init__ and the like.
class BaseProcess:
    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _process_counter.next()
        self._identity = _current._identity + (count,)
        self._config = dict(_current._config)
        self._parent_pid = _getpid()
        self._parent_name = _current.name
        self._pid = None
        self._started = False
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def start(self):
        self._check_closed()
        assert not self._started, 'cannot start a process twice'
        assert self._parent_pid == _getpid(), 'can only start a process object created by current process'
        assert not _current._config.get('daemon'), 'daemonic processes are not allowed to have children'
        _cleanup()
        self._started = True
        pid = _fork()
        if pid == 0:
            _exit(self._bootstrap())
        self._pid = pid
        _register_child(pid, self.daemon)
        _children.add(self)

    def terminate(self):
        self._check_closed()
        if self._pid is None:
            # CPython calls self._popen.terminate(), and _popen is None until start().
            raise AttributeError("'NoneType' object has no attribute 'terminate'")
        _kill(self._pid, 15)

    def kill(self):
        self._check_closed()
        if self._pid is None:
            raise AttributeError("'NoneType' object has no attribute 'kill'")
        _kill(self._pid, 9)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == _getpid(), 'can only join a child process'
        assert self._started, 'can only join a started process'
        if _wait_exit(self._pid, timeout) is not None:
            _reaped(self)

    def is_alive(self):
        self._check_closed()
        if self is _current:
            return True
        assert self._parent_pid == _getpid(), 'can only test a child process'
        if not self._started:
            return False
        if _exitcode(self._pid) is None:
            return True
        _reaped(self)
        return False

    def close(self):
        if self._started and not self._closed and _exitcode(self._pid) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert not self._started, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if not self._started:
            return None
        return _exitcode(self._pid)

    @property
    def ident(self):
        self._check_closed()
        if self is _current:
            return _getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        return self._pid

    def __repr__(self):
        exitcode = None
        if self is _current:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != _getpid():
            status = 'unknown'
        elif not self._started:
            status = 'initial'
        else:
            exitcode = _exitcode(self._pid)
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._started and self is not _current:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _SIGNAL_NAMES.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        global _current, _parent, _children, _process_counter
        try:
            _children = set()
            _process_counter = _Counter()
            _parent = _ParentProcess(self._parent_name, self._parent_pid)
            _current = self
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                _sys.stderr.write(str(e.code) + '\\n')
                exitcode = 1
        except:
            exitcode = 1
            _sys.stderr.write('Process %s:\\n' % self.name)
            _print_exc()
        return exitcode


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._pid = None
        self._started = True
        self._closed = False
        self._config = {}
        self._target = None

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._started = True
        self._closed = False
        self._config = {}

    def is_alive(self):
        return _exitcode(self._pid) is None

    def join(self, timeout=None):
        _wait_exit(self._pid, timeout)

    @property
    def ident(self):
        return self._pid

    pid = ident


_current = _MainProcess()
_parent = None


def _exit_function():
    for p in list(_children):
        if p.daemon and p.is_alive():
            p.terminate()
    for p in list(_children):
        p.join()


def current_process():
    return _current


def parent_process():
    return _parent


def active_children():
    _cleanup()
    return list(_children)


def cpu_count():
    return _cpu_count()


def freeze_support():
    pass


# Whether the start method is fixed (asked for, or set), as CPython's
# default context's _actual_context: setting it again then needs force=True.
_start_method_fixed = False


def get_start_method(allow_none=False):
    global _start_method_fixed
    if not _start_method_fixed and allow_none:
        return None
    _start_method_fixed = True
    return 'fork'


def get_all_start_methods():
    return ['fork']


def set_start_method(method, force=False):
    global _start_method_fixed
    if _start_method_fixed and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        _start_method_fixed = False
        return
    if method != 'fork':
        raise ValueError("pygil: only the 'fork' start method is supported, not %r" % (method,))
    _start_method_fixed = True


def get_context(method=None):
    if method is not None and method != 'fork':
        raise ValueError("pygil: only the 'fork' start method is supported, not %r" % (method,))
    return _sys.modules['multiprocessing']


# ------------------------------------------------------------------ locks


def _sem_value(value):
    # SemLock takes a C int (so __index__), and sem_open refuses a negative one.
    value = _index(value)
    if value < 0:
        raise OSError(22, 'Invalid argument')
    return value


def _thread_ident():
    import threading
    return (_getpid(), threading.get_ident())


def _owner_name(owner, free):
    # How SemLock-based reprs name a holder: this process (and thread), or
    # only whether the holder is another thread here or another process.
    import threading
    if owner == _thread_ident():
        name = _current.name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        return name
    if free:
        return 'None'
    if owner is not None and owner[0] == _getpid():
        return 'SomeOtherThread'
    return 'SomeOtherProcess'


class Semaphore:
    def __init__(self, value=1):
        self._sem = _Sem(_sem_value(value), -1)

    def acquire(self, block=True, timeout=None):
        return self._sem.acquire(block, timeout)

    def release(self):
        self._sem.release()

    def get_value(self):
        return self._sem.value()

    def __enter__(self):
        return self._sem.acquire(True, None)

    def __exit__(self, *args):
        self._sem.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self._sem.value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        value = _sem_value(value)
        self._sem = _Sem(value, value)
        self._maxvalue = value

    def __repr__(self):
        return '<BoundedSemaphore(value=%s, maxvalue=%s)>' % (self._sem.value(), self._maxvalue)


class Lock(Semaphore):
    # _owner: (pid, thread ident) of the holder, as seen by this process
    # (the semaphore is shared, this object is each process's own copy).
    def __init__(self):
        self._sem = _Sem(1, 1)
        self._owner = None

    def acquire(self, block=True, timeout=None):
        if not self._sem.acquire(block, timeout):
            return False
        self._owner = _thread_ident()
        return True

    def release(self):
        self._sem.release()
        self._owner = None

    def _is_owned(self):
        return self._owner == _thread_ident() and self._sem.value() == 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<Lock(owner=%s)>' % _owner_name(self._owner, self._sem.value() == 1)


class RLock:
    def __init__(self):
        self._sem = _Sem(1, 1)
        self._owner = None
        self._count = 0

    def _me(self):
        return _thread_ident()

    def acquire(self, block=True, timeout=None):
        me = self._me()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._sem.acquire(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if not self._count or self._owner != self._me():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._sem.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == self._me()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        name = _owner_name(self._owner, self._sem.value() == 1)
        count = self._count if name == 'None' or self._owner == self._me() else 'nonzero'
        return '<RLock(%s, %s)>' % (name, count)


class Event:
    def __init__(self):
        self._flag = _Flag()

    def is_set(self):
        return self._flag.is_set()

    def set(self):
        self._flag.set()

    def clear(self):
        self._flag.clear()

    def wait(self, timeout=None):
        return self._flag.wait(timeout)


class Condition:
    # Waiters count themselves in; notify() hands out wake-ups and waits
    # until each woken waiter has confirmed, so none is lost.
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._sleeping = _Sem(0, -1)
        self._woken = _Sem(0, -1)
        self._wakeup = _Sem(0, -1)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _release_all(self):
        if isinstance(self._lock, RLock):
            n = self._lock._count
            for i in range(n):
                self._lock.release()
            return n
        self._lock.release()
        return 1

    def wait(self, timeout=None):
        # Checked before counting itself in: a failed wait must not leave a
        # sleeper behind for notify() to wait for.
        if not self._lock._is_owned():
            raise AssertionError('must acquire() condition before using wait()')
        self._sleeping.release()
        n = self._release_all()
        try:
            return self._wakeup.acquire(True, timeout)
        finally:
            self._woken.release()
            for i in range(n):
                self._lock.acquire()

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise AssertionError('lock is not owned')
        # Forget the waiters that timed out since the last notify.
        while self._woken.acquire(False, None):
            self._sleeping.acquire(False, None)
        woken = 0
        while woken < n and self._sleeping.acquire(False, None):
            self._wakeup.release()
            woken += 1
        for i in range(woken):
            self._woken.acquire(True, None)
        while self._wakeup.acquire(False, None):
            pass

    def notify_all(self):
        self.notify(_sys.maxsize)

    def __repr__(self):
        waiters = self._sleeping.value() - self._woken.value()
        return '<%s(%s, %s)>' % (type(self).__name__, self._lock, waiters)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = _monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - _monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        raise NotImplementedError('pygil: multiprocessing.Barrier is not supported')


# ------------------------------------------------------------------ queues and pipes


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._ch = _Channel(maxsize)
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)

    def put(self, obj, block=True, timeout=None):
        self._check()
        while True:
            try:
                if self._ch.put(obj):
                    return
            except Exception:
                # CPython pickles in a feeder thread, which prints the error
                # and drops the item; put() itself returns normally.
                _print_exc()
                return
            if not self._ch.wait_room(block, timeout):
                raise Full

    def get(self, block=True, timeout=None):
        self._check()
        ok, item = self._ch.get(block, timeout)
        if not ok:
            raise Empty
        return item

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._ch.qsize()

    def empty(self):
        return self._ch.qsize() == 0

    def full(self):
        return self._maxsize > 0 and self._ch.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, self

    def cancel_join_thread(self):
        pass


class SimpleQueue:
    # Only put, get, empty and close, as in CPython; put pickles in the
    # caller, so an unpicklable item raises there. Once closed, its pipe's
    # handles are gone.
    def __init__(self):
        self._ch = _Channel(0)
        self._closed = False

    def _check(self):
        if self._closed:
            raise OSError('handle is closed')

    def put(self, obj):
        self._check()
        self._ch.put(obj)

    def get(self):
        self._check()
        return self._ch.get(True, None)[1]

    def empty(self):
        self._check()
        return self._ch.qsize() == 0

    def close(self):
        self._closed = True


class JoinableQueue(Queue):
    def task_done(self):
        self._ch.task_done()

    def join(self):
        self._ch.join()


class _RawBytes:
    # A message of send_bytes(): recv_bytes() returns its bytes as they were.
    def __init__(self, data):
        self.data = data


class Connection:
    def __init__(self, inbox, outbox):
        self._inbox = inbox
        self._outbox = outbox
        self._closed = False
        self.readable = inbox is not None
        self.writable = outbox is not None

    def _check(self):
        if self._closed:
            raise OSError('handle is closed')

    def _check_readable(self):
        if not self.readable:
            raise OSError('connection is write-only')

    def _check_writable(self):
        if not self.writable:
            raise OSError('connection is read-only')

    def send(self, obj):
        self._check()
        self._check_writable()
        if self._outbox.reader_closed():
            raise BrokenPipeError(32, 'Broken pipe')
        self._outbox.put(obj)

    def _receive(self):
        self._check()
        self._check_readable()
        ok, item = self._inbox.get(True, None)
        if not ok:
            raise EOFError
        return item

    def recv(self):
        item = self._receive()
        if type(item) is _RawBytes:
            # CPython would unpickle the raw bytes; pygil sends objects, not pickles.
            raise NotImplementedError('pygil: recv() of a message sent with send_bytes()')
        return item

    def send_bytes(self, buf, offset=0, size=None):
        self._check()
        self._check_writable()
        if not isinstance(buf, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(buf).__name__)
        n = len(buf)
        if offset < 0:
            raise ValueError('offset is negative')
        if n < offset:
            raise ValueError('buffer length < offset')
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError('size is negative')
        elif offset + size > n:
            raise ValueError('buffer length < offset + size')
        if self._outbox.reader_closed():
            raise BrokenPipeError(32, 'Broken pipe')
        self._outbox.put(_RawBytes(bytes(buf[offset:offset + size])))

    def recv_bytes(self, maxlength=None):
        self._check()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError('negative maxlength')
        item = self._receive()
        if type(item) is not _RawBytes:
            raise NotImplementedError('pygil: recv_bytes() of a message sent with send()')
        if maxlength is not None and len(item.data) > maxlength:
            # The message is lost and the connection no longer reads, as in CPython.
            if self.writable:
                self.readable = False
            else:
                self.close()
            raise OSError('bad message length')
        return item.data

    def poll(self, timeout=0.0):
        self._check()
        self._check_readable()
        return self._inbox.poll(timeout)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._outbox is not None:
                self._outbox.close_writer()
            if self._inbox is not None:
                self._inbox.close_reader()

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    if duplex:
        a = _Channel(0, True)
        b = _Channel(0, True)
        return Connection(a, b), Connection(b, a)
    c = _Channel(0, True)
    return Connection(c, None), Connection(None, c)


# ------------------------------------------------------------------ shared memory

_TYPECODES = {'b': int, 'B': int, 'h': int, 'H': int, 'i': int, 'I': int, 'l': int, 'L': int,
              'q': int, 'Q': int, 'f': float, 'd': float}
_CTYPE_NAMES = {'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint',
                'l': 'c_long', 'L': 'c_ulong', 'q': 'c_long', 'Q': 'c_ulong', 'f': 'c_float', 'd': 'c_double'}


_INT_BITS = {'b': 8, 'h': 16, 'i': 32, 'l': 64, 'q': 64}


def _convert(typecode, value):
    # As ctypes stores a value: an int is taken by __index__ and wrapped to
    # the C type's width (no overflow error); a float needs a real number.
    if _TYPECODES[typecode] is float:
        if isinstance(value, (str, bytes)) or not (hasattr(type(value), '__float__') or hasattr(type(value), '__index__')):
            raise TypeError('must be real number, not %s' % type(value).__name__)
        return float(value)
    bits = _INT_BITS[typecode.lower()]
    value = _index(value) & ((1 << bits) - 1)
    if typecode.islower() and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def _check_typecode(typecode):
    if typecode not in _TYPECODES:
        raise TypeError("pygil: unsupported typecode %r (use one of %s)" % (typecode, ''.join(_TYPECODES)))


class _RawValue:
    def __init__(self, typecode, value):
        self._typecode = typecode
        self._mem = _Memory([_convert(typecode, value)])

    @property
    def value(self):
        return self._mem.get(0)

    @value.setter
    def value(self, v):
        self._mem.set(0, _convert(self._typecode, v))

    def __repr__(self):
        return '%s(%r)' % (_CTYPE_NAMES[self._typecode], self.value)


class _SynchronizedValue(_RawValue):
    __module__ = 'multiprocessing.sharedctypes'
    def __init__(self, typecode, value, lock):
        _RawValue.__init__(self, typecode, value)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Synchronized wrapper for %s(%r)>' % (_CTYPE_NAMES[self._typecode], self.value)


_SynchronizedValue.__name__ = _SynchronizedValue.__qualname__ = 'Synchronized'
_raw_types = {}


def _raw_type(typecode, length=None):
    # The class ctypes would make: c_int for a value, c_int_Array_3 for an array.
    key = (typecode, length)
    t = _raw_types.get(key)
    if t is None:
        if length is None:
            t = type(_CTYPE_NAMES[typecode], (_RawValue,), {'__module__': 'ctypes'})
        else:
            t = type('%s_Array_%d' % (_CTYPE_NAMES[typecode], length), (_RawArray,),
                     {'__module__': 'multiprocessing.sharedctypes'})
        _raw_types[key] = t
    return t


def RawValue(typecode_or_type, *args):
    _check_typecode(typecode_or_type)
    return _raw_type(typecode_or_type)(typecode_or_type, args[0] if args else 0)


def Value(typecode_or_type, *args, lock=True):
    _check_typecode(typecode_or_type)
    v = args[0] if args else 0
    if lock is False:
        return _raw_type(typecode_or_type)(typecode_or_type, v)
    if lock is True or lock is None:
        lock = RLock()
    return _SynchronizedValue(typecode_or_type, v, lock)


class _RawArray:
    def __init__(self, typecode, init):
        self._typecode = typecode
        if isinstance(init, int):
            init = [0] * init
        self._mem = _Memory([_convert(typecode, x) for x in init])

    def __len__(self):
        return self._mem.len()

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._mem.get(j) for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('invalid index')
        return self._mem.get(i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(*i.indices(len(self)))
            v = list(v)
            if len(v) != len(idx):
                raise ValueError('Can only assign sequence of same size')
            for j, x in zip(idx, v):
                self._mem.set(j, _convert(self._typecode, x))
            return
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('invalid index')
        self._mem.set(i, _convert(self._typecode, v))

    def __iter__(self):
        for i in range(len(self)):
            yield self._mem.get(i)


class _SynchronizedArray(_RawArray):
    __module__ = 'multiprocessing.sharedctypes'
    def __init__(self, typecode, init, lock):
        _RawArray.__init__(self, typecode, init)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<SynchronizedArray wrapper for <multiprocessing.sharedctypes.%s_Array_%d object at %#x>>' % (
            _CTYPE_NAMES[self._typecode], len(self), id(self))


_SynchronizedArray.__name__ = _SynchronizedArray.__qualname__ = 'SynchronizedArray'


def _raw_array(typecode, size_or_initializer):
    n = size_or_initializer if isinstance(size_or_initializer, int) else len(size_or_initializer)
    return _raw_type(typecode, n)(typecode, size_or_initializer)


def RawArray(typecode_or_type, size_or_initializer):
    _check_typecode(typecode_or_type)
    return _raw_array(typecode_or_type, size_or_initializer)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    _check_typecode(typecode_or_type)
    if lock is False:
        return _raw_array(typecode_or_type, size_or_initializer)
    if lock is True or lock is None:
        lock = RLock()
    return _SynchronizedArray(typecode_or_type, size_or_initializer, lock)




def Manager():
    # As CPython's context.Manager: a started SyncManager.
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    # As CPython's context.Pool: the pool module is imported on first use.
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


# Run at the exit of a process before it waits for its children (a manager's
# shutdown, like CPython's finalizers of priority 0): (pid, function) pairs,
# so that a forked child does not run its parent's. (Defined down here, so
# the line numbers of the code above, which tracebacks show, stay put.)
_finalizers = []


def _register_finalizer(f):
    _finalizers.append((_getpid(), f))


def _unregister_finalizer(f):
    for entry in _finalizers:
        if entry[1] == f:
            _finalizers.remove(entry)
            break


_join_children = _exit_function


def _exit_function():
    if _finalizers:
        me = _getpid()
        for entry in [e for e in _finalizers if e[0] == me][::-1]:
            _unregister_finalizer(entry[1])
            entry[1]()
    _join_children()
`;
