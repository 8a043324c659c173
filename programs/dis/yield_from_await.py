# yield from and await compile to the same loop as in CPython 3.11:
# SEND / YIELD_VALUE / JUMP_BACKWARD_NO_INTERRUPT. The delegate's frame runs
# on top of this one; each value it yields passes through this YIELD_VALUE.
def delegate(sub):
    result = yield from sub
    return result

async def waiter(aw):
    return await aw

g = delegate(iter([1, 2]))
print(list(g))
