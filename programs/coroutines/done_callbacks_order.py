# A task's done callbacks run in a later pass of the loop than the task's
# last step: both tasks wake (their timers fire together) before either
# task's callback runs.
import asyncio

async def w(n):
    await asyncio.sleep(0.2)
    print("woke", n)
    if n == 'b':
        raise ValueError(n)

def done(t):
    print("done callback", t.get_name(), "exception:", repr(t.exception()))

async def main():
    ts = [asyncio.create_task(w(n), name=f"task-{n}") for n in 'bc']
    for t in ts:
        t.add_done_callback(done)
    await asyncio.sleep(0.1)
    print("mid")
    await asyncio.sleep(0.3)

asyncio.run(main())
