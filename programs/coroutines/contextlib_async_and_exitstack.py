# contextlib's async side and exit stacks: asynccontextmanager (as a context manager and a decorator, with its errors), aclosing, ExitStack and AsyncExitStack (callbacks last first, suppression, exception context, pop_all).
import asyncio
from contextlib import asynccontextmanager, aclosing, ExitStack, AsyncExitStack, contextmanager, AsyncContextDecorator

@asynccontextmanager
async def resource(name, log):
    log.append('open ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled ' + repr(e))
    finally:
        log.append('close ' + name)

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@contextmanager
def cm(name, log):
    log.append('enter ' + name)
    yield name
    log.append('exit ' + name)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen closed')

async def main():
    log = []
    async with resource('db', log) as r:
        log.append('using ' + r)
    async with resource('kv', log):
        raise KeyError('k')
    try:
        async with resource('x', log):
            raise ValueError('v')
    except ValueError as e:
        log.append('escaped ' + str(e))
    print(log)
    for bad in (no_yield, two_yields):
        try:
            async with bad():
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    async with aclosing(agen()) as g:
        async for x in g:
            print('got', x)
            break

    @resource('deco', log)
    async def decorated(a):
        return a * 2
    print(await decorated(21), log[-3:])

    log2 = []
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource('a', log2))
        b = stack.enter_context(cm('b', log2))
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(log2.append, 'callback')
        log2.append((a, b))
    print(log2)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(5)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())

log = []
with ExitStack() as stack:
    for n in ('one', 'two'):
        stack.enter_context(cm(n, log))
    stack.callback(log.append, 'cb')
print(log)

def boom():
    raise ValueError('in callback')
try:
    with ExitStack() as stack:
        stack.callback(boom)
        raise KeyError('body')
except ValueError as e:
    print('ValueError', e, 'context', repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError('suppressed')
print('suppressed ok')

stack = ExitStack()
stack.callback(print, 'closed by pop_all stack')
moved = stack.pop_all()
stack.close()
print('first closed')
moved.close()
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError:', e)
