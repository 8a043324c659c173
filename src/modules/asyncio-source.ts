// The Python half of pygil's asyncio (see asyncio.ts). Futures, tasks, the
// event loop and the synchronisation primitives follow the behaviour and
// messages of CPython 3.11's asyncio, in a smaller design of pygil's own:
// one loop class, no selector (the only "I/O" is time), timers in a heap.
//
// The loop sleeps with time.sleep on the virtual clock when every task waits
// on a timer: the thread blocks like any sleeping thread, other threads run,
// and three tasks sleeping 1 s under gather() take 1 s of virtual time.

export const ASYNCIO_FILE = '<pygil asyncio>';

export const ASYNCIO_SOURCE = `
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class CancelledError(BaseException):
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    __module__ = 'asyncio.exceptions'


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


_GenericAlias = type(list[int])


class QueueEmpty(Exception):
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    __module__ = 'asyncio.queues'


# ------------------------------------------------------------------ heap of timers

def _heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < last:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = last
    return top


# ------------------------------------------------------------------ handles

class Handle:
    __module__ = 'asyncio.events'
    _is_task = False

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return '<%s>' % ' '.join(self._repr_info())

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _callback_failed(self, exc)


def _callback_failed(handle, exc):
    handle._loop.call_exception_handler({
        'message': 'Exception in callback %s' % _format_callback(handle._callback, handle._args),
        'exception': exc,
        'handle': handle,
    })


class TimerHandle(Handle):
    __module__ = 'asyncio.events'

    def __init__(self, when, seq, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when
        self._seq = seq

    def __lt__(self, other):
        if self._when == other._when:
            return self._seq < other._seq
        return self._when < other._when

    def when(self):
        return self._when

    def _repr_info(self):
        info = Handle._repr_info(self)
        info.insert(2 if self._cancelled else 1, 'when=%s' % (self._when,))
        return info


# ------------------------------------------------------------------ futures

def _what(fut):
    w = getattr(fut, '_pygil_what', None)
    if w is not None:
        return w
    if isinstance(fut, Task):
        return fut.get_name()
    return 'a Future'


class Future:
    __class_getitem__ = classmethod(_GenericAlias)
    __module__ = '_asyncio'
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _asyncio_future_blocking = False
    _cancel_message = None
    # The CancelledError a task's coroutine ended with: the first await of
    # the cancelled task raises that very exception (message, context and
    # all), later ones a fresh CancelledError(), as CPython's tasks do.
    _cancelled_exc = None
    _retrieved = False
    _pygil_what = None
    _is_task = False

    def __init__(self, *, loop=None):
        self._loop = _get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._repr_info())

    def _repr_info(self):
        info = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=%r' % (self._exception,)
            else:
                info += ' result=%s' % _short_repr(self._result)
        if self._callbacks:
            info += ' ' + _format_callbacks(self._callbacks)
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        ready = loop._ready
        for cb in callbacks:
            ready.append(Handle(cb, (self,), loop))

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._retrieved = True
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._retrieved = True
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        if not self._is_task:
            # Reported at the loop's close if nobody reads it (CPython: when
            # the future is freed). A task's are reported with the tasks.
            self._loop._failed_futures.append(self)
        self._schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _format_callbacks(cbs):
    # "cb=[f() at prog.py:3]", with at most the first and the last named.
    if len(cbs) == 1:
        inner = _format_callback(cbs[0])
    elif len(cbs) == 2:
        inner = '%s, %s' % (_format_callback(cbs[0]), _format_callback(cbs[1]))
    else:
        inner = '%s, <%d more>, %s' % (_format_callback(cbs[0]), len(cbs) - 2, _format_callback(cbs[-1]))
    return 'cb=[%s]' % inner


def _format_args(args, kwargs):
    items = [_short_repr(a) for a in args]
    items.extend('%s=%s' % (k, _short_repr(v)) for k, v in kwargs.items())
    return '(%s)' % ', '.join(items)


def _format_callback(fn, args=()):
    # As CPython's format_helpers shows a callback: its name, its arguments
    # as reprlib shows them (a partial's own ones first), and where a plain
    # function, or the one a partial wraps, was defined.
    if getattr(fn, '__func__', None) is Task._wakeup:
        # CPython's tasks wake up through a C method of this name.
        return 'Task.task_wakeup' + _format_args(args, {})
    kwargs = {}
    suffix = ''
    while type(fn).__name__ == 'partial' and type(fn).__module__ == 'functools':
        suffix = _format_args(args, kwargs) + suffix
        fn, args, kwargs = fn.func, fn.args, fn.keywords
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None) or repr(fn)
    text = name + _format_args(args, kwargs) + suffix
    while hasattr(fn, '__wrapped__'):
        fn = fn.__wrapped__
    if type(fn).__name__ == 'function':
        # Only plain functions get their source (not bound methods), as in CPython.
        code = fn.__code__
        text += ' at %s:%d' % (code.co_filename, code.co_firstlineno)
    return text


def _short_repr(v, level=6):
    # What reprlib.repr (which CPython's future reprs use) makes of a result:
    # at most 6 items of a list, tuple or set and 4 of a dict, six levels
    # deep, and long strings, ints and other reprs cut in the middle.
    kind = type(v).__name__
    if kind == 'str':
        r = repr(v[:30])
        if len(r) > 30:
            # The quotes count: the cut is of the repr of the string's two ends.
            r = _cut_middle(repr(v[:13] + v[len(v) - 14:]), 30, True)
        return r
    if kind == 'int':
        return _cut_middle(repr(v), 40, False)
    if kind in ('list', 'tuple', 'set', 'frozenset', 'deque'):
        if kind in ('set', 'frozenset'):
            if not v:
                return kind + '()'
            v = _possibly_sorted(v)
        left, right = {'list': ('[', ']'), 'tuple': ('(', ')'), 'set': ('{', '}'),
                       'frozenset': ('frozenset({', '})'), 'deque': ('deque([', '])')}[kind]
        n = len(v)
        if level <= 0 and n:
            inner = '...'
        else:
            pieces = []
            for item in v:
                if len(pieces) == 6:
                    pieces.append('...')
                    break
                pieces.append(_short_repr(item, level - 1))
            inner = ', '.join(pieces)
            if n == 1 and kind == 'tuple':
                right = ',' + right
        return left + inner + right
    if kind == 'dict':
        if not v:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in _possibly_sorted(v):
            if len(pieces) == 4:
                pieces.append('...')
                break
            pieces.append('%s: %s' % (_short_repr(key, level - 1), _short_repr(v[key], level - 1)))
        return '{%s}' % ', '.join(pieces)
    try:
        r = repr(v)
    except Exception:
        return '<%s instance at %s>' % (type(v).__name__, _hexid(v))
    return _cut_middle(r, 30, False)


def _cut_middle(r, limit, always):
    # Keep the first and last parts of a repr longer than limit around '...'.
    if always or len(r) > limit:
        head = (limit - 3) // 2
        tail = limit - 3 - head
        r = r[:head] + '...' + r[len(r) - tail:]
    return r


def _possibly_sorted(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


# ------------------------------------------------------------------ tasks

_task_counter = 0


class Task(Future):
    __module__ = '_asyncio'
    # A Task itself in the loop's ready queue means "run its next step": the
    # commonest callback costs no Handle.
    _is_task = True
    _fut_waiter = None
    _must_cancel = False
    _num_cancels_requested = 0
    # Reported when the loop closes with the task still pending, as CPython's
    # Task.__del__ does when it is collected (run_until_complete's own task is not).
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        self._loop = _get_event_loop() if loop is None else loop
        self._callbacks = []
        if not _iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        global _task_counter
        _task_counter += 1
        # The default name is built only when someone asks (get_name, repr, trace).
        self._num = _task_counter
        self._name = None if name is None else str(name)
        self._coro = coro
        loop = self._loop
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        loop._ready.append(self)
        loop._tasks.append(self)

    def _repr_info(self):
        info = self._state.lower()
        if self._num_cancels_requested > 0 and self._state == _PENDING:
            info = 'cancelling'
        info += ' name=%r coro=<%s>' % (self.get_name(), _coro_where(self._coro))
        if self._fut_waiter is not None:
            info += ' wait_for=%r' % (self._fut_waiter,)
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=%r' % (self._exception,)
            else:
                info += ' result=%s' % _short_repr(self._result)
        if self._callbacks:
            info += ' ' + _format_callbacks(self._callbacks)
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        if self._name is None:
            self._name = 'Task-%d' % self._num
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_loop(self):
        return self._loop

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        loop = self._loop
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        prev = loop._current
        if prev is not self:
            _task_switch(prev, self)
            loop._current = self
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                # Future.set_result, inlined (the state is known to be pending).
                self._result = stop.value
                self._state = _FINISHED
                if self._callbacks:
                    self._schedule_callbacks()
        except CancelledError as err:
            # The message travels in the exception itself (see _cancelled_exc).
            self._cancelled_exc = err
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as err:
            Future.set_exception(self, err)
            raise
        except BaseException as err:
            Future.set_exception(self, err)
        else:
            if result is None:
                # A bare yield (sleep(0)): run again on the next loop iteration.
                loop._ready.append(self)
                return
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result._loop is not loop:
                    loop.call_soon(self._step, RuntimeError(
                        'Task %r got Future %r attached to a different loop' % (self, result)))
                elif blocking:
                    if result is self:
                        loop.call_soon(self._step, RuntimeError('Task cannot await on itself: %r' % (self,)))
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self._wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if result.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    loop.call_soon(self._step, RuntimeError(
                        'yield was used instead of yield from in task %r with %r' % (self, result)))
            else:
                loop.call_soon(self._step, RuntimeError('Task got bad yield: %r' % (result,)))

    def _wakeup(self, future):
        # The step runs outside the except block: CPython's C wakeup leaves no
        # exception "being handled", so none becomes the __context__ of what
        # the coroutine raises next.
        err = None
        try:
            future.result()
        except BaseException as exc:
            err = exc
        self._step(err)


_c_type(Future, '_asyncio.Future')
_c_type(Task, '_asyncio.Task')


def _describe_wait(task):
    # For --trace tasks: what a task that gave way now waits for.
    if task._state != _PENDING:
        return 'done'
    if task._fut_waiter is not None:
        return _what(task._fut_waiter)
    return 'sleep(0)'


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if _iscoroutine(coro_or_future):
        if loop is None:
            loop = _get_event_loop()
        return loop.create_task(coro_or_future)
    aw = getattr(type(coro_or_future), '__await__', None)
    if aw is not None:
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(aw):
    return await aw


def create_task(coro, *, name=None, context=None):
    loop = _running.get(_get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    if loop._task_factory is not None:
        return loop.create_task(coro, name=name, context=context)
    return Task(coro, loop=loop, name=name)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def iscoroutine(obj):
    return _iscoroutine(obj)


def iscoroutinefunction(func):
    # async def functions (and methods); asyncio's old @coroutine marker is gone in 3.11.
    return _is_coroutine_function(func)


# ------------------------------------------------------------------ the loop

_running = {}
_loops = {}
_set_called = set()


class BaseEventLoop:
    __module__ = 'asyncio.base_events'
    _task_factory = None

    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._thread = None
        self._current = None
        self._tasks = []
        self._failed_futures = []
        self._asyncgens = []
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._debug = False

    def __repr__(self):
        return '<_UnixSelectorEventLoop running=%s closed=%s debug=%s>' % (self.is_running(), self._closed, self._debug)

    def time(self):
        return _monotonic()

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    def call_soon_threadsafe(self, callback, *args, context=None):
        h = self.call_soon(callback, *args)
        _loop_wake(self)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        self._seq += 1
        h = TimerHandle(when, self._seq, callback, args, self)
        _heappush(self._scheduled, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._task_factory is None:
            return Task(coro, loop=self, name=name)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def is_running(self):
        return self._thread is not None

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        _report_unretrieved(self)
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    # Executors: a call runs in a thread of a concurrent.futures pool (the
    # default one is made on first use, its threads named asyncio_N); its
    # result comes back to the loop through call_soon_threadsafe.
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return _wrap_future(executor.submit(func, *args), self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def run_forever(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        me = _get_ident()
        if _running.get(me) is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._thread = me
        _running[me] = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread = None
            self._current = None
            del _running[me]

    def run_until_complete(self, future):
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        ready = self._ready
        scheduled = self._scheduled
        if not ready and not self._stopping:
            while scheduled and scheduled[0]._cancelled:
                _heappop(scheduled)
            if scheduled:
                if scheduled[0]._when > self.time():
                    _loop_wait(self, scheduled[0]._when)
            else:
                _loop_wait(self, None)
        if scheduled:
            now = self.time()
            while scheduled and scheduled[0]._when <= now:
                h = _heappop(scheduled)
                if not h._cancelled:
                    ready.append(h)
        n = len(ready)
        while n > 0:
            n -= 1
            h = ready.popleft()
            if h._is_task:
                if h._state == _PENDING:
                    h._step()
            elif not h._cancelled:
                # Handle._run, inlined: this is the loop's hottest line.
                try:
                    h._callback(*h._args)
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
                    _callback_failed(h, exc)

    async def shutdown_asyncgens(self):
        agens = [ag for ag in self._asyncgens if ag.ag_frame is not None]
        self._asyncgens = []
        if not agens:
            return
        results = await gather(*[ag.aclose() for ag in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of asynchronous generator %r' % (agen,),
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        # As CPython: the pool is shut down (its threads joined) from a thread of its own.
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        # What CPython logs: the message, then every other key but the
        # exception (sorted), then the exception's traceback.
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append('%s: %r' % (key, context[key]))
        exception = context.get('exception')
        _report('\\n'.join(lines), exception if isinstance(exception, BaseException) else None)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _report('Exception in default exception handler', exc)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as inner:
                _report('Exception in default exception handler', inner)


def _stop_loop(fut):
    fut._loop.stop()


def new_event_loop():
    return BaseEventLoop()


def get_running_loop():
    loop = _running.get(_get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _running.get(_get_ident())


def _finalize_asyncgen(agen):
    # Called by the VM when an async for over a fresh async generator is
    # left early (CPython: the loop's finalizer hook, when the last
    # reference goes): a task closes it in a later pass of the loop.
    loop = _running.get(_get_ident())
    if loop is not None and not loop._closed:
        if agen in loop._asyncgens:
            loop._asyncgens.remove(agen)
        loop.call_soon(loop.create_task, agen.aclose())


def _asyncgen_firstiter(agen):
    # Called by the VM on an async generator's first iteration (CPython:
    # the loop's firstiter hook): the loop closes it at shutdown_asyncgens.
    loop = _running.get(_get_ident())
    if loop is not None:
        loop._asyncgens.append(agen)


def _get_event_loop():
    me = _get_ident()
    loop = _running.get(me)
    if loop is not None:
        return loop
    loop = _loops.get(me)
    if loop is None:
        if me in _set_called or not _is_main_thread():
            raise RuntimeError('There is no current event loop in thread %r.' % (_thread_name(),))
        loop = new_event_loop()
        _loops[me] = loop
    return loop


def get_event_loop():
    return _get_event_loop()


def set_event_loop(loop):
    me = _get_ident()
    _set_called.add(me)
    if loop is None:
        _loops.pop(me, None)
    else:
        _loops[me] = loop


def run(main, *, debug=None):
    if _running.get(_get_ident()) is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    # Even a failed run() leaves the thread without a current loop, as in CPython.
    _set_called.add(_get_ident())
    if not _iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    if debug is not None:
        loop.set_debug(debug)
    try:
        return loop.run_until_complete(main)
    finally:
        _shut_down(loop, True)


def _shut_down(loop, unset):
    # What CPython's Runner.close() does.
    try:
        _cancel_all_tasks(loop)
        # Two tasks (they take task numbers too).
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        if unset:
            set_event_loop(None)
        loop.close()


class Runner:
    # asyncio.Runner (3.11): one loop for several run() calls.
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            _shut_down(self._loop, self._set_event_loop)
        finally:
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not _iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        return self._loop.run_until_complete(self._loop.create_task(coro))

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def _report_unretrieved(loop):
    for t in loop._tasks:
        if t._state == _PENDING and t._log_destroy_pending:
            loop.call_exception_handler({
                'message': 'Task was destroyed but it is pending!',
                'task': t,
            })
        elif t._state == _FINISHED and t._exception is not None and not t._retrieved:
            loop.call_exception_handler({
                'message': 'Task exception was never retrieved',
                'exception': t._exception,
                'future': t,
            })
    loop._tasks = []
    for f in loop._failed_futures:
        if not f._retrieved:
            loop.call_exception_handler({
                'message': 'Future exception was never retrieved',
                'exception': f._exception,
                'future': f,
            })
    loop._failed_futures = []


# ------------------------------------------------------------------ sleep and friends

def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    loop = get_running_loop()
    future = Future(loop=loop)
    if _tracing():
        future._pygil_what = 'sleep(%r)' % (delay,)
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    __module__ = 'asyncio.tasks'
    _pygil_what = 'gather()'

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = _get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    loop = None
    state = [0, 0, None]   # finished, count, outer
    firsts = _first_positions(coros_or_futures)   # None unless an argument repeats

    # Children are Futures (or Tasks) of this module: their state is read
    # directly, as CPython's C gather does, instead of through method calls.
    def _done_callback(fut):
        state[0] += 1
        outer = state[2]
        cancelled = fut._state == _CANCELLED
        if not cancelled:
            fut._retrieved = True
        if outer is None or outer._state != _PENDING:
            return
        if not return_exceptions:
            if cancelled:
                outer.set_exception(fut._make_cancelled_error())
                return
            if fut._exception is not None:
                outer.set_exception(fut._exception)
                return
        if state[0] == state[1]:
            results = []
            for f in children:
                if f._state == _CANCELLED:
                    results.append(CancelledError('' if f._cancel_message is None else f._cancel_message))
                elif f._exception is not None:
                    results.append(f._exception)
                else:
                    results.append(f._result)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if firsts is not None and firsts[len(children)] != len(children):
            # The same awaitable again: one future, its result reported twice.
            children.append(children[firsts[len(children)]])
            continue
        if _iscoroutine(arg):
            if loop is None:
                loop = _get_event_loop()
            fut = Task(arg, loop=loop) if loop._task_factory is None else loop.create_task(arg)
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
        state[1] += 1
        if fut._state == _PENDING:
            fut._callbacks.append(_done_callback)
        else:
            loop.call_soon(_done_callback, fut)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state[2] = outer
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or _iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    loop = get_running_loop()
    fs = list(fs)
    if any(_iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = [ensure_future(f, loop=loop) for f in fs]
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    waiter._pygil_what = 'wait()'
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    waiter._pygil_what = 'cancellation of ' + _what(fut)

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    waiter._pygil_what = 'wait_for()'
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or _iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    loop = _get_event_loop()
    done = Queue()
    todo = []
    for f in fs:
        f = ensure_future(f, loop=loop)
        if f not in todo:
            todo.append(f)
    state = [None]

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and state[0] is not None:
            state[0].cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        state[0] = loop.call_later(timeout, _on_timeout)
    # A generator, as in CPython 3.11: nothing above runs before the first next().
    for _ in range(len(todo)):
        yield _wait_for_one()


# How a Timeout's repr and errors name its states.
_TIMEOUT_STATE_NAMES = {'CREATED': 'created', 'ENTERED': 'active', 'EXPIRING': 'expiring',
                        'EXPIRED': 'expired', 'EXITED': 'finished'}


class Timeout:
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'CREATED'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'ENTERED':
            if self._state == 'CREATED':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError('Cannot change state of %s Timeout' % _TIMEOUT_STATE_NAMES[self._state])
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('EXPIRING', 'EXPIRED')

    def __repr__(self):
        info = ['']
        if self._state == 'ENTERED':
            info.append('when=%s' % (None if self._when is None else round(self._when, 3),))
        return '<Timeout [%s]%s>' % (_TIMEOUT_STATE_NAMES[self._state], ' '.join(info))

    async def __aenter__(self):
        if self._state != 'CREATED':
            raise RuntimeError('Timeout has already been entered')
        self._state = 'ENTERED'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'EXPIRING':
            self._state = 'EXPIRED'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'ENTERED':
            self._state = 'EXITED'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'EXPIRING'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done)

    inner.add_done_callback(_inner_done)
    outer.add_done_callback(_outer_done)
    return outer


# ------------------------------------------------------------------ synchronisation

class _LoopBound:
    # A lock, event, semaphore, condition or queue belongs to the loop it
    # first waits in, and refuses to wait in another (CPython's mixin).
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin(_LoopBound):
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Lock object at %s [%s]>' % (_hexid(self), extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        fut._pygil_what = 'Lock.acquire()'
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Event object at %s [%s]>' % (_hexid(self), extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        fut._pygil_what = 'Event.wait()'
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Semaphore(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%d' % self._value
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.%s object at %s [%s]>' % (type(self).__name__, _hexid(self), extra)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        fut._pygil_what = 'Semaphore.acquire()'
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class Barrier:
    # The states a barrier goes through: 'filling' until the last party
    # arrives, 'draining' while the parties leave wait(), 'resetting' while
    # waiters are thrown out by reset(), and 'broken' after abort().
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += ', waiters:%d/%d' % (self.n_waiting, self._parties)
        return '<asyncio.locks.Barrier object at %s [%s]>' % (_hexid(self), extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            # A barrier still emptying from the last round is not joined yet.
            await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
            if self._state == 'broken':
                raise BrokenBarrierError('Barrier aborted')
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 'filling')
                    if self._state in ('broken', 'resetting'):
                        raise BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in ('draining', 'resetting'):
                    # The last one out opens the barrier for the next round.
                    self._state = 'filling'
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        return self._state == 'broken'


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Queue(_LoopBound):
    __class_getitem__ = classmethod(_GenericAlias)
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return '<%s at %s %s>' % (type(self).__name__, _hexid(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _format(self):
        result = 'maxsize=%r' % (self._maxsize,)
        if getattr(self, '_queue', None):
            result += ' _queue=%r' % list(self._queue)
        if self._getters:
            result += ' _getters[%d]' % len(self._getters)
        if self._putters:
            result += ' _putters[%d]' % len(self._putters)
        if self._unfinished_tasks:
            result += ' tasks=%d' % self._unfinished_tasks
        return result

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            putter._pygil_what = 'Queue.put()'
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            getter._pygil_what = 'Queue.get()'
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()



class PriorityQueue(Queue):
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


class Condition(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Condition object at %s [%s]>' % (_hexid(self), extra)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            fut._pygil_what = 'Condition.wait()'
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken back even when the wait is cancelled; a
            # cancellation during that is delivered once it is held.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


# ------------------------------------------------------------------ task groups

class TaskGroup:
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # A list, not a set: the children are cancelled in the order they were made.
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ''
        if self._tasks:
            info += ' tasks=%d' % len(self._tasks)
        if self._errors:
            info += ' errors=%d' % len(self._errors)
        if self._aborting:
            info += ' cancelling'
        elif self._entered:
            info += ' entered'
        return '<TaskGroup%s>' % info

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has already been entered' % (self,))
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None:
            if et is CancelledError:
                # Our own cancel of the parent (a child failed) ends here;
                # a cancellation from outside goes on.
                if not (self._parent_cancel_requested and not self._parent_task.uncancel()):
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        # The body is over: wait for every child, even when cancelled meanwhile.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error is not None and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        task = self._loop.create_task(coro, name=name)
        task.add_done_callback(self._on_task_done)
        self._tasks.append(task)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            # The first failure cancels the siblings and the body.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


def _is_base_error(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


# ------------------------------------------------------------------ threads

async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    if kwargs:
        call = lambda: func(*args, **kwargs)
        return await loop.run_in_executor(None, call)
    return await loop.run_in_executor(None, func, *args)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    if loop is None:
        loop = _get_event_loop()
    return _wrap_future(future, loop)


def run_coroutine_threadsafe(coro, loop):
    # From another thread: runs coro as a task of loop and returns a
    # concurrent.futures.Future that follows it (cancelling that future
    # cancels the task).
    if not _iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    cf = concurrent.futures.Future()

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if cf.set_running_or_notify_cancel():
                cf.set_exception(exc)
            raise

        def copy_state(task):
            if cf.cancelled():
                return
            if not cf.set_running_or_notify_cancel():
                return
            if task.cancelled():
                cf.cancel()
                cf.set_running_or_notify_cancel()
            elif task.exception() is not None:
                cf.set_exception(task.exception())
            else:
                cf.set_result(task.result())

        def on_cf_done(cf):
            if cf.cancelled() and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)

        task.add_done_callback(copy_state)
        cf.add_done_callback(on_cf_done)

    loop.call_soon_threadsafe(start)
    return cf


def _wrap_future(cf, loop):
    # An asyncio future that follows concurrent future cf (and cancels it when cancelled itself).
    fut = loop.create_future()

    def copy_state(cf):
        if fut.cancelled():
            return
        if cf.cancelled():
            fut.cancel()
            return
        exc = cf.exception()
        if exc is not None:
            fut.set_exception(exc)
        else:
            fut.set_result(cf.result())

    def on_cf_done(cf):
        if not loop.is_closed():
            loop.call_soon_threadsafe(copy_state, cf)

    def on_fut_done(f):
        if f.cancelled():
            cf.cancel()

    fut.add_done_callback(on_fut_done)
    cf.add_done_callback(on_cf_done)
    return fut
`;
