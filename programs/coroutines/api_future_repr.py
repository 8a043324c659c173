# Future and Task reprs: the callbacks (cb=[...]), 'cancelling' once
# cancel() was asked, wait_for=, and results cut as reprlib.repr cuts them.
import asyncio
import collections


class Listener:
    def on_done(self, fut):
        pass


async def work(d, r=None):
    await asyncio.sleep(d)
    return r


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f))
    f.add_done_callback(Listener().on_done)
    print(repr(f))
    f.add_done_callback(len)
    f.add_done_callback(repr)
    print(repr(f))
    print(f.remove_done_callback(len), f.remove_done_callback(len))
    print(repr(f))
    f.remove_done_callback(print)
    f.remove_done_callback(repr)
    f.remove_done_callback(Listener.on_done)

    t = asyncio.create_task(work(0.1), name="T")
    await asyncio.sleep(0)
    r = repr(t)
    print(r[:r.index(" coro=")], r[r.index(" wait_for="):])
    t.cancel()
    r = repr(t)
    print(r[:r.index(" coro=")], r[r.index(" wait_for="):])
    try:
        await t
    except asyncio.CancelledError:
        print(repr(t).split(" coro=")[0])

    values = ["a" * 28, "a" * 29, "b" * 100, "a\n" * 15, "", [], (), (1,), [[[[[[[1]]]]]]],
              {"b": 1, "a": [1] * 10, "c": 4}, {1: 2, "x": 3}, {3, 1, 2}, set(range(10)), frozenset(),
              frozenset({1, 2}), collections.deque(range(9)), 2 ** 200, -2 ** 140, 1.5, None, True,
              ("x" * 40,), [1, "s" * 40, {"k": "v" * 40}], range(100), b"q" * 40, list(range(20))]
    for v in values:
        f = loop.create_future()
        f.set_result(v)
        print(repr(f))
    t = asyncio.create_task(work(0, {"k": list(range(10))}), name="R")
    await t
    print(repr(t).split(" coro=")[0], repr(t).split("> ")[-1])
    f = loop.create_future()
    f.set_exception(ValueError("e" * 50))
    print(repr(f))
    f.exception()


asyncio.run(main())
