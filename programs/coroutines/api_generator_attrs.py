# gi_frame / cr_frame / ag_frame (None once closed; the def line before the
# first step), ag_code, ag_await, cr_origin, inspect.isasyncgen and
# isgenerator, and throw()'s three-argument form carrying a traceback.
import asyncio
import inspect
import traceback


def gen():
    yield 1
    yield 2


g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno)
print(list(g), g.gi_frame)


def me():
    yield own.gi_frame.f_lineno, own.gi_running


own = me()
print(next(own))


async def coro():
    pass


c = coro()
print(c.cr_frame.f_lineno, c.cr_origin, c.cr_frame.f_code is c.cr_code)
c.close()
print(c.cr_frame)


async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2


a = agen()
print(a.ag_frame.f_lineno, a.ag_code.co_name, a.ag_await, a.ag_running)
print(inspect.isasyncgen(a), inspect.isgenerator(a), inspect.isasyncgen(g), inspect.isgenerator(g))


async def main():
    print([x async for x in agen()])


asyncio.run(main())


def source():
    raise ValueError("orig")


try:
    source()
except ValueError as e:
    tb = e.__traceback__


def catcher():
    try:
        yield 1
    except ValueError as e:
        print("got", e, [line.split(",")[1] for line in traceback.format_tb(e.__traceback__)])
        yield 2


g = catcher()
next(g)
print(g.throw(ValueError, ValueError("v"), tb))
try:
    g.throw(ValueError, None, 5)
except TypeError as e:
    print(e)
