// multiprocessing.pool, in Python, over the classes of multiprocessing
// (Process, Queue: injected by multiprocessing.ts). Workers are
// daemonic Processes reading (job, index, func, args, kwds, chunked) tasks
// from one Queue and answering on another; the parent reads answers only
// while it waits (get, wait, join), so results and callbacks arrive in a
// deterministic order without a result-handler thread.

export const POOL_FILE = '<pygil multiprocessing.pool>';

export const POOL_SOURCE = `

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    # A result that could not be sent back: only the reprs travel.
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self)


def _pool_worker(tasks, results, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = tasks.get()
        if task is None:
            break
        job, i, func, args, kwds, chunk = task
        try:
            if chunk:
                result = (True, [func(*a) for a in args])
            else:
                result = (True, func(*args, **kwds))
        except Exception as e:
            # As CPython: the worker's traceback travels as text, the cause of
            # the exception the parent re-raises.
            e.__cause__ = RemoteTraceback('\\n"""\\n' + _format_exc() + '"""')
            _clear_tb(e)
            result = (False, e)
        # The channel itself, not Queue.put: a result that cannot be pickled
        # must raise here (Queue.put would print the error and drop it).
        try:
            results._ch.put((job, i, result))
        except Exception as e:
            results._ch.put((job, i, (False, MaybeEncodingError(e, result[1]))))


class ApplyResult:
    __class_getitem__ = classmethod(type(list[int]))
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._job = pool._next_job()
        self._callback = callback
        self._error_callback = error_callback
        self._ready = False
        self._success = None
        self._value = None
        pool._cache[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self._ready:
            raise ValueError("%r not ready" % self)
        return self._success

    def wait(self, timeout=None):
        self._pool._pump_until(self.ready, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._ready:
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        self._ready = True
        del self._pool._cache[self._job]
        if self._success and self._callback:
            self._callback(self._value)
        if not self._success and self._error_callback:
            self._error_callback(self._value)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    # The items go out in chunks; each chunk's results come back as a list.
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._left = 0
            self._ready = True
            del pool._cache[self._job]
            if callback:
                callback(self._value)
        else:
            self._left = length // chunksize + bool(length % chunksize)

    def _set(self, i, obj):
        ok, value = obj
        self._left -= 1
        if ok:
            if self._success:
                self._value[i * self._chunksize:(i + 1) * self._chunksize] = value
        elif self._success:
            self._success = False
            self._value = value
        if self._left == 0:
            self._ready = True
            del self._pool._cache[self._job]
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)


class IMapIterator:
    def __init__(self, pool, length, ordered):
        self._pool = pool
        self._job = pool._next_job()
        self._ordered = ordered
        self._items = {}
        self._arrived = []
        self._index = 0
        self._length = length
        pool._cache[self._job] = self

    def __iter__(self):
        return self

    def _have_next(self):
        if self._ordered:
            return self._index in self._items
        return len(self._arrived) > self._index

    def next(self, timeout=None):
        if self._index >= self._length:
            raise StopIteration
        self._pool._pump_until(self._have_next, timeout)
        if not self._have_next():
            raise TimeoutError
        if self._ordered:
            ok, value = self._items.pop(self._index)
        else:
            ok, value = self._arrived[self._index]
        self._index += 1
        if not ok:
            raise value
        return value

    __next__ = next

    def _set(self, i, obj):
        if self._ordered:
            self._items[i] = obj
        else:
            self._arrived.append(obj)
        # Every result in: ordered, those handed out and those held; unordered, all are kept.
        received = len(self._items) + self._index if self._ordered else len(self._arrived)
        if received >= self._length:
            self._pool._cache.pop(self._job, None)


class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        self._state = 'INIT'
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._tasks = Queue()
        self._results = Queue()
        self._cache = {}
        self._job_counter = 0
        self._pool = []
        for i in range(processes):
            w = Process(target=_pool_worker, args=(self._tasks, self._results, initializer, initargs))
            w.name = w.name.replace('Process', 'ForkPoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._state = 'RUN'

    def _next_job(self):
        self._job_counter += 1
        return self._job_counter - 1

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _send(self, job, i, task):
        # As CPython's task handler: a task that cannot be pickled fails its
        # job (get() raises the error) instead of reaching a worker.
        try:
            self._tasks._ch.put(task)
        except Exception as e:
            r = self._cache.get(job)
            if r is not None:
                r._set(i, (False, e))

    def _pump_until(self, done, timeout=None):
        deadline = None if timeout is None else _monotonic() + timeout
        while not done():
            if deadline is None:
                left = None
            else:
                left = deadline - _monotonic()
                if left <= 0:
                    return
            ok, msg = self._results._ch.get(True, left)
            if not ok:
                return
            job, i, obj = msg
            r = self._cache.get(job)
            if r is not None:
                r._set(i, obj)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        # args and kwds go as they are: a bad one fails in the worker's call, as in CPython.
        self._send(result._job, 0, (result._job, 0, func, args, kwds, False))
        return result

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [(x,) for x in iterable], chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [tuple(x) for x in iterable], chunksize, callback, error_callback)

    def _map_async(self, func, arglists, chunksize, callback, error_callback):
        self._check_running()
        if chunksize is None:
            chunksize, extra = divmod(len(arglists), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(arglists) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(arglists), callback, error_callback)
        # CPython does not check map's chunksize: with one below 1 no chunk
        # goes out and the result is ready at once, all None.
        if chunksize >= 1:
            for i in range(0, len(arglists), chunksize):
                self._send(result._job, i // chunksize, (result._job, i // chunksize, func, arglists[i:i + chunksize], None, True))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True, _caller_iterates())

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False, _caller_iterates())

    def _imap(self, func, iterable, chunksize, ordered, lazy):
        # pygil: a for loop or a comprehension that iterates the result at
        # once gets each result as it arrives, as in CPython. Used any other
        # way, the iterator might be driven by a builtin that cannot wait
        # (zip(), enumerate()), so the results are gathered here first and
        # the iterator only hands them out.
        self._check_running()
        if chunksize != 1 and chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        items = list(iterable)
        it = IMapIterator(self, len(items), ordered)
        for i, x in enumerate(items):
            self._send(it._job, i, (it._job, i, func, (x,), {}, False))
        if not lazy:
            self._pump_until(lambda: it._job not in self._cache)
        return it

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for w in self._pool:
                self._tasks.put(None)

    def terminate(self):
        if self._state != 'TERMINATE':
            self._state = 'TERMINATE'
            for w in self._pool:
                w.terminate()
            for w in self._pool:
                w.join()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        elif self._state not in ('CLOSE', 'TERMINATE'):
            raise ValueError("In unknown state")
        if self._state == 'CLOSE':
            self._pump_until(lambda: not self._cache)
        for w in self._pool:
            w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *args):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (self._state, len(self._pool))
`;
