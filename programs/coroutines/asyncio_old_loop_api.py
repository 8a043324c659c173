# The older event-loop API that tutorials still use: get_event_loop(),
# run_until_complete(), asyncio.wait() on tasks, call_later/call_soon, run_forever(), stop() and close().
import asyncio
async def hello(n):
    print('Hello', n)
    await asyncio.sleep(1)
    print('World', n)
loop = asyncio.get_event_loop()
tasks = [hello(1), hello(2)]
loop.run_until_complete(asyncio.wait([loop.create_task(t) for t in tasks]))
loop.call_later(0.5, loop.stop)
loop.call_soon(print, 'soon')
loop.run_forever()
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
