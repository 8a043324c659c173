# async with / async for / async generators driven by hand with send(), no event loop.
class Yield:
    def __await__(self):
        v = yield 'tick'
        return v
class Res:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print('enter', self.name)
        await Yield()
        return self
    async def __aexit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        await Yield()
        return et is KeyError
class Counter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        await Yield()
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        got = await Yield()
        yield i * 10
    print('agen done')
async def main():
    async with Res('a') as r:
        print('inside', r.name)
    async with Res('b'):
        raise KeyError('x')
    print('suppressed')
    try:
        async with Res('c'):
            raise ValueError('v')
    except ValueError as e:
        print('propagated', e)
    async for x in Counter(3):
        print('counter', x)
    else:
        print('counter else')
    async for y in agen(3):
        print('agen', y)
        if y == 10: break
    ag = agen(2)
    print(await ag.__anext__(), await ag.asend(None))
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print('stop async')
    return 'main result'
co = main()
n = 0
try:
    while True:
        v = co.send(None)
        n += 1
except StopIteration as e:
    print(e.value, n)
print(repr(agen(1)).split(' at')[0], type(agen(1).__anext__()).__name__)
