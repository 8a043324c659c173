import asyncio
class AI:
    def __aiter__(self): return 5
for f in (lambda: aiter(1), lambda: anext(1), lambda: aiter(AI()), lambda: anext(1, 2), lambda: aiter(), lambda: anext()):
    try:
        print(f())
    except TypeError as e:
        print('TE', e)
async def ag():
    yield 1
    yield 2
async def main():
    g = ag()
    print(aiter(g) is g)
    a = anext(g)
    print(type(a).__name__)
    print(await a)
    print(await anext(g, 'd'))
    print(await anext(g, 'd'))
    print(await anext(g, 'd'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('SAI')
    class It:
        def __init__(self): self.n = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.n += 1
            if self.n > 2: raise StopAsyncIteration
            return self.n
    it = It()
    print(await anext(it), await anext(it), await anext(it, 'end'))
    aw = anext(It(), 0)
    print(type(aw).__name__, await aw)
    print(anext, aiter)
asyncio.run(main())
