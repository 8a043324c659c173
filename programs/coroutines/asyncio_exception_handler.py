# The loop's exception handler API (set/get/call_exception_handler), what callback handles show (their arguments, cancelled, a partial's), asyncio.Runner and the debug flag.
import asyncio
import functools


def clean(text):
    # CPython names the program by its absolute path, pygil as given.
    return str(text).replace(__file__, __file__.rsplit('/', 1)[-1])

def bad_cb(x, y='s'):
    raise RuntimeError("cb boom")

class C:
    def meth(self, a):
        raise ValueError(a)

seen = []
def handler(loop, context):
    print('handler:', clean(context['message']))
    for key in sorted(context):
        if key != 'message':
            print('  ', key, clean(repr(context[key])))

async def failing():
    raise KeyError('lost')

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    print(loop.call_soon(print, 1))
    print(loop.call_soon(print, 'a', [1, 2], {'k': (1, 2)}))
    h = loop.call_later(10, print, 2)
    print(type(h).__name__, repr(h).split(' when=')[0])
    h.cancel()
    print(repr(h).split(' when=')[0])
    h2 = loop.call_soon(print, 3)
    h2.cancel()
    print(h2)
    print(clean(loop.call_soon(functools.partial(bad_cb, 1), 2)))
    print(loop.call_soon(len, 'abc'))
    loop.call_soon(bad_cb, 5)
    loop.call_soon(bad_cb, 5, 'x')
    loop.call_soon(C().meth, 'arg')
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    f = loop.create_future()
    f.add_done_callback(bad_cb)
    f.set_result(1)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'custom', 'extra': 42})
    def broken(loop, context):
        raise ZeroDivisionError('in handler')
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    del t

asyncio.run(main())

with asyncio.Runner(debug=True) as runner:
    loop = runner.get_loop()
    print(loop.get_debug(), loop.is_running())
    async def one(n):
        await asyncio.sleep(0.1)
        return n * 2
    print(runner.run(one(1)), runner.run(one(2)))
    print(runner.get_loop() is loop)
    try:
        runner.run(5)
    except ValueError as e:
        print('ValueError:', e)
print(loop.is_closed())
late = one(3)
try:
    runner.run(late)
except RuntimeError as e:
    print('RuntimeError:', e)
late.close()

async def dbg():
    return asyncio.get_running_loop().get_debug()
print(asyncio.run(dbg()), asyncio.run(dbg(), debug=True))
