# Deep yield from / await chains: fine below the recursion limit, RecursionError above it.
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 'bottom'
try:
    print(next(deep(5000)))
except RecursionError as e:
    print('RecursionError', e)
async def adeep(n):
    if n:
        return await adeep(n - 1)
    return 0
try:
    adeep(5000).send(None)
except RecursionError as e:
    print('RecursionError', e)
print(next(deep(100)))
