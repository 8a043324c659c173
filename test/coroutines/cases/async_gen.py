# Async generators: asend, athrow, aclose, StopAsyncIteration, their errors,
# and a finally block that awaits while the generator is closed.
import asyncio

async def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print('counter got', got)
            await asyncio.sleep(0)
    except KeyError as e:
        print('counter handles', repr(e))
        yield 'after KeyError'
    finally:
        print('counter finally')
        await asyncio.sleep(0)
        print('counter finally after await')

async def main():
    g = counter(5)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
    print(await g.__anext__())
    print(await g.asend('hello'))
    print(await g.athrow(KeyError('k')))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('still exhausted')
    g2 = counter(3)
    print(await g2.__anext__())
    await g2.aclose()
    print('closed g2')
    await g2.aclose()
    g3 = counter(3)
    await g3.aclose()                 # never started: nothing runs
    print('closed g3')

    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g4 = ignores()
    await g4.__anext__()
    try:
        await g4.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)

    async def fresh():
        yield 1
    try:
        await fresh().asend('x')
    except TypeError as e:
        print('TypeError:', e)
    try:
        await fresh().athrow(ValueError('into fresh'))
    except ValueError as e:
        print('ValueError:', e)

    async def two():
        yield 'a'
        yield 'b'
    out = []
    async for v in two():
        out.append(v)
    print(out, [v async for v in two()])
    print(await anext_default(two()))

async def anext_default(g):
    first = await g.__anext__()
    second = await g.__anext__()
    return first + second

asyncio.run(main())
