// concurrent.futures in Python: Future, wait, as_completed, Executor, and
// ThreadPoolExecutor over threading and queue.SimpleQueue, so a pool's
// workers are ordinary green threads under the GIL. ProcessPoolExecutor
// (PROCESS_SOURCE) runs the calls in forked multiprocessing.Processes.
//
// Natives injected by concurrent-futures.ts:
// - _idle(flag): marks the running thread as a worker waiting for work. At
//   the end of the main thread CPython wakes such workers and lets them end
//   (an atexit hook); here a thread blocked while marked keeps the process
//   alive no more than a daemon would. Work still queued is done first,
//   as in CPython, because a worker is only idle once its queue is empty.
// - _caller_iterates(): True when the code that called the running Python
//   function goes straight on to iterate its result (a for loop, a
//   comprehension). map() and as_completed() then return a lazy iterator as
//   CPython does; otherwise they wait before returning, because in pygil a
//   builtin draining an iterator (list(), sorted(), zip()...) cannot block.

export const FUTURES_FILE = '<pygil concurrent.futures>';

export const FUTURES_SOURCE = `
import sys as _sys
import threading as _threading
import queue as _queue
import os as _os
from time import monotonic as _time
from traceback import format_exc as _format_exc
from collections import namedtuple as _namedtuple

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states. CANCELLED_AND_NOTIFIED: cancelled, and the executor has
# seen it (it will never run); waiters have been told.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_DESCRIPTIONS = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}
_OVER = (CANCELLED_AND_NOTIFIED, FINISHED)
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


def _log_error(message):
    # What the "concurrent.futures" logger prints through logging's
    # last-resort handler: the message, then the exception being handled.
    _sys.stderr.write(message + '\\n' + _format_exc())


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """
    Raised when a executor has become non-functional after a severe failure.
    """


# ---------------------------------------------------------------- waiters
# wait() and as_completed() hang one of these on every future they watch;
# a future that completes reports itself to each.

class _Waiter:
    def __init__(self):
        self.event = _threading.Event()
        self.finished_futures = []

    def _arrived(self, future, failed):
        self.finished_futures.append(future)

    def add_result(self, future):
        self._arrived(future, False)

    def add_exception(self, future):
        self._arrived(future, True)

    def add_cancelled(self, future):
        self._arrived(future, False)


class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        super().__init__()
        self.lock = _threading.Lock()

    def _arrived(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def _arrived(self, future, failed):
        self.finished_futures.append(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    def __init__(self, num_pending_calls, stop_on_exception):
        super().__init__()
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = _threading.Lock()

    def _arrived(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.num_pending_calls -= 1
            if (failed and self.stop_on_exception) or not self.num_pending_calls:
                self.event.set()


class _AcquireFutures:
    """Holds the conditions of several futures at once."""

    def __init__(self, futures):
        self.futures = futures

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _install_waiter(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = 0
        for f in fs:
            if f._state not in _OVER:
                pending += 1
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _hand_out(finished, waiter, sets):
    # Yields the futures of finished from its end, each dropped first from the
    # given sets and freed from the waiter.
    while finished:
        f = finished[-1]
        for s in sets:
            s.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield finished.pop()


def _as_completed(fs, pending, finished, waiter, total, end_time):
    try:
        yield from _hand_out(finished, waiter, (fs,))
        while pending:
            if end_time is not None:
                left = end_time - _time()
                if left < 0 or (left == 0 and not waiter.event.is_set()):
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
                if not waiter.event.is_set():
                    waiter.event.wait(left)
            elif not waiter.event.is_set():
                waiter.event.wait()
            with waiter.lock:
                arrived = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            arrived.reverse()
            yield from _hand_out(arrived, waiter, (fs, pending))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


def _as_completed_ready(fs, pending, finished, waiter, total):
    # pygil: the iterator as_completed() returns after waiting itself.
    try:
        yield from _hand_out(finished, waiter, (fs,))
        with waiter.lock:
            arrived = waiter.finished_futures
            waiter.finished_futures = []
        arrived.reverse()
        yield from _hand_out(arrived, waiter, (fs, pending))
        if pending:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes."""
    lazy = _caller_iterates()
    end_time = None if timeout is None else timeout + _time()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in _OVER)
        pending = fs - finished
        waiter = _install_waiter(fs, _AS_COMPLETED)
    if lazy:
        return _as_completed(fs, pending, list(finished), waiter, total, end_time)
    # pygil: wait here for what the iterator would wait for.
    while len(waiter.finished_futures) < len(pending):
        if end_time is None:
            waiter.event.wait()
        else:
            left = end_time - _time()
            if left <= 0:
                break
            waiter.event.wait(left)
        with waiter.lock:
            if len(waiter.finished_futures) < len(pending):
                waiter.event.clear()
    return _as_completed_ready(fs, pending, list(finished), waiter, total)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in the given sequence to complete."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in _OVER)
        not_done = fs - done
        if done and return_when == FIRST_COMPLETED:
            return DoneAndNotDoneFutures(done, not_done)
        if done and return_when == FIRST_EXCEPTION:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# ---------------------------------------------------------------- Future

class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = _threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            head = '<%s at %#x state=%s' % (type(self).__name__, id(self), _DESCRIPTIONS[self._state])
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return '%s raised %s>' % (head, type(self._exception).__name__)
            return '%s returned %s>' % (head, type(self._result).__name__)

    def _invoke_callbacks(self):
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception:
                _log_error('exception calling callback for %r' % (self,))

    def cancel(self):
        """Cancel the future if possible."""
        with self._condition:
            if self._state in _CANCELLED_STATES:
                return True
            if self._state != PENDING:
                return False
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in _DONE_STATES

    def _outcome(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Attaches a callable that will be called when the future finishes."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_error('exception calling callback for %r' % (self,))

    def _wait_done(self, timeout):
        # With the condition held: waits for the end, raising as result() does.
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """Return the result of the call that the future represents."""
        with self._condition:
            self._wait_done(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        """Return the exception raised by the call that the future represents."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """Mark the future as running or process any cancel notifications."""
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for w in self._waiters:
                    w.add_cancelled(self)
                return False
            _sys.stderr.write('Future %s in unexpected state: %s\\n' % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for w in self._waiters:
                if exception is None:
                    w.add_result(self)
                else:
                    w.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """Sets the return value of work associated with the future."""
        self._finish(result, None)

    def set_exception(self, exception):
        """Sets the result of the future as being the given exception."""
        self._finish(None, exception)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# ---------------------------------------------------------------- Executor

def _result_or_cancel(f, timeout=None):
    try:
        return f.result(timeout)
    finally:
        f.cancel()


def _results(fs, end_time):
    # The results of fs in order; each future left behind is cancelled.
    fs.reverse()
    try:
        while fs:
            if end_time is None:
                yield _result_or_cancel(fs.pop())
            else:
                left = end_time - _time()
                f = fs.pop()
                if left <= 0 and not f.done():
                    # (CPython waits no time here and times out.)
                    f.cancel()
                    raise TimeoutError()
                yield _result_or_cancel(f, left)
    finally:
        for f in fs:
            f.cancel()


def _wait_in_order(fs, end_time):
    # pygil: what iterating _results(fs) would wait for, done before the
    # iterator is handed out: each future in turn, up to the first failure
    # or the time limit, after which the others are cancelled.
    for i, f in enumerate(fs):
        with f._condition:
            if f._state not in _DONE_STATES:
                if end_time is None:
                    f._condition.wait()
                else:
                    left = end_time - _time()
                    if left > 0:
                        f._condition.wait(left)
            ok = f._state == FINISHED and not f._exception
        if not ok:
            for g in fs[i + 1:]:
                g.cancel()
            return


class Executor:
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Submits a callable to be executed with the given arguments."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter)."""
        lazy = _caller_iterates()
        end_time = None if timeout is None else timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        if not lazy:
            _wait_in_order(fs, end_time)
        return _results(fs, end_time)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Clean-up the resources associated with the Executor."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# ---------------------------------------------------------------- ThreadPoolExecutor

class BrokenThreadPool(BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


def _thread_worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _log_error('Exception in initializer:')
            executor._initializer_failed()
            return
    try:
        while True:
            _idle(True)
            item = work_queue.get(block=True)
            _idle(False)
            if item is not None:
                item.run()
                del item
                executor._idle_semaphore.release()
                continue
            # None: the executor shuts down; pass the word on to the next worker.
            if executor._shutdown:
                work_queue.put(None)
                return
    except BaseException:
        _log_error('Exception in worker')


_pool_numbers = [0]


class ThreadPoolExecutor(Executor):

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance."""
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % _pool_numbers[0]
            _pool_numbers[0] += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # A worker that finished a task and waits for the next counts once.
        if self._idle_semaphore.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = _threading.Thread(name='%s_%d' % (self._thread_name_prefix, n), target=_thread_worker,
                                  args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except _queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
`;

// ProcessPoolExecutor. Worker processes are forked (all max_workers of them,
// at the first submit, as CPython's fork start method does) and read calls
// from a multiprocessing.Queue holding at most max_workers + 1 of them; the
// calls still waiting in the parent can be cancelled. A manager thread in the
// parent moves calls to that queue and reads the answers from one channel,
// which also brings wake-ups from submit()/shutdown() and the news that a
// worker process ended (CPython waits on pipes and process sentinels).
export const PROCESS_FILE = '<pygil concurrent.futures.process>';

export const PROCESS_SOURCE = `
import os as _os
import queue as _queue
import threading as _threading
from traceback import format_exc as _format_exc


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


def _with_remote_traceback(e):
    # As CPython sends an exception back: its traceback as text, in a cause.
    e.__cause__ = _RemoteTraceback('\\n"""\\n' + _format_exc() + '"""')
    e.__traceback__ = None
    return e


def _process_worker(calls, answers, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _log_error('Exception in initializer:')
            return
    while True:
        call = calls.get(block=True)
        if call is None:
            return
        work_id, fn, args, kwargs, chunk = call
        try:
            if chunk:
                r = [fn(*a) for a in args]
            else:
                r = fn(*args, **kwargs)
        except BaseException as e:
            answer = ('result', work_id, _with_remote_traceback(e), None)
        else:
            answer = ('result', work_id, None, r)
            del r
        # The channel itself: an answer that cannot be pickled raises here.
        try:
            answers._ch.put(answer)
        except BaseException as e:
            answers._ch.put(('result', work_id, _with_remote_traceback(e), None))


class _ExecutorManagerThread(_threading.Thread):

    def __init__(self, executor):
        self.executor = executor
        super().__init__()

    def run(self):
        ex = self.executor
        while True:
            self._feed()
            # Nothing in flight: the process need not wait for this thread.
            _idle(not ex._pending_work_items)
            ok, msg = ex._answers._ch.get(True, None)
            _idle(False)
            if msg is not None:
                if msg[0] == 'result':
                    item = ex._pending_work_items.pop(msg[1], None)
                    if item is not None:
                        if msg[2] is not None:
                            item.future.set_exception(msg[2])
                        else:
                            item.future.set_result(msg[3])
                    del item
                elif msg[0] == 'exit' and msg[1] in ex._processes and not self._stopping:
                    self._broken()
                    return
            if ex._shutdown_thread:
                if ex._cancel_pending_futures:
                    ex._cancel_pending_futures = False
                    kept = {}
                    for work_id, item in ex._pending_work_items.items():
                        if not item.future.cancel():
                            kept[work_id] = item
                    ex._pending_work_items.clear()
                    ex._pending_work_items.update(kept)
                    while True:
                        try:
                            ex._work_ids.get_nowait()
                        except _queue.Empty:
                            break
                self._feed()
                if not ex._pending_work_items:
                    self._stop_workers()
                    return

    _stopping = False

    def _feed(self):
        ex = self.executor
        while not ex._calls.full():
            try:
                work_id = ex._work_ids.get(block=False)
            except _queue.Empty:
                return
            item = ex._pending_work_items[work_id]
            if not item.future.set_running_or_notify_cancel():
                del ex._pending_work_items[work_id]
                continue
            try:
                ex._calls._ch.put((work_id, item.fn, item.args, item.kwargs, item.chunk))
            except BaseException as e:
                del ex._pending_work_items[work_id]
                item.future.set_exception(_with_remote_traceback(e))

    def _stop_workers(self):
        ex = self.executor
        self._stopping = True
        for p in ex._processes.values():
            ex._calls.put(None)
        for p in ex._processes.values():
            p.join()

    def _broken(self):
        ex = self.executor
        self._stopping = True
        ex._broken = 'A child process terminated abruptly, the process pool is not usable anymore'
        ex._shutdown_thread = True
        err = BrokenProcessPool('A process in the process pool was terminated abruptly '
                                'while the future was running or pending.')
        for work_id, item in ex._pending_work_items.items():
            item.future.set_exception(err)
        ex._pending_work_items.clear()
        for p in ex._processes.values():
            p.terminate()
        for p in ex._processes.values():
            p.join()


class _ProcessWorkItem:
    def __init__(self, future, fn, args, kwargs, chunk):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.chunk = chunk


def _chain(results):
    for chunk in results:
        chunk.reverse()
        while chunk:
            yield chunk.pop()


class ProcessPoolExecutor(Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor instance."""
        import multiprocessing as mp
        if max_workers is None:
            self._max_workers = _os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            raise ValueError("pygil: max_tasks_per_child needs the 'spawn' start method, which pygil does not have")
        self._mp = mp
        self._initializer = initializer
        self._initargs = initargs
        self._manager = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = _threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._cancel_pending_futures = False
        self._calls = mp.Queue(self._max_workers + 1)
        self._answers = mp.Queue()
        self._work_ids = _queue.Queue()

    def _start(self):
        if self._manager is not None:
            return
        # Fork start method: every worker is forked before the manager thread starts.
        for _ in range(self._max_workers):
            p = self._mp.Process(target=_process_worker,
                                 args=(self._calls, self._answers, self._initializer, self._initargs))
            p.name = p.name.replace('Process', 'ForkProcess')
            # pygil: daemonic, so that the end of the program ends them.
            p.daemon = True
            p.start()
            self._processes[p.pid] = p
            _put_on_exit(self._answers._ch, p.pid, ('exit', p.pid))
        self._manager = _ExecutorManagerThread(self)
        self._manager.start()

    def _submit(self, fn, args, kwargs, chunk):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._pending_work_items[self._queue_count] = _ProcessWorkItem(f, fn, args, kwargs, chunk)
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._answers._ch.put(None)
            self._start()
            return f

    def submit(self, fn, /, *args, **kwargs):
        return self._submit(fn, args, kwargs, False)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter)."""
        lazy = _caller_iterates()
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        end_time = None if timeout is None else timeout + _time()
        fs = []
        items = zip(*iterables)
        while True:
            chunk = []
            for args in items:
                chunk.append(args)
                if len(chunk) == chunksize:
                    break
            if not chunk:
                break
            fs.append(self._submit(fn, tuple(chunk), None, True))
        if not lazy:
            _wait_in_order(fs, end_time)
        return _chain(_results(fs, end_time))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if self._manager is not None:
                self._answers._ch.put(None)
        if self._manager is not None and wait:
            self._manager.join()
`;
