# An exception deep in a chain of awaits: the traceback shows each coroutine.
async def leaf():
    raise ValueError('in leaf')
async def mid():
    await leaf()
async def top():
    await mid()
top().send(None)
