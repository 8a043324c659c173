# 'yield from' is not allowed inside an async function.
async def relay(source):
    yield from source
