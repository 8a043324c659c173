# The old loop API, closing a loop while tasks are still pending: CPython
# says so for each when it is collected ("Task was destroyed but it is
# pending!"); run_until_complete's own task and finished tasks are not
# reported.
import asyncio


async def background():
    await asyncio.sleep(10)


async def waiter(event):
    await event.wait()


async def quick():
    return 1


loop = asyncio.new_event_loop()
t1 = loop.create_task(background())
t2 = loop.create_task(waiter(asyncio.Event()))
t3 = loop.create_task(quick())
print(loop.run_until_complete(asyncio.sleep(0.01, 'slept')))
print(t1.done(), t2.done(), t3.result())
loop.close()
print('end')
