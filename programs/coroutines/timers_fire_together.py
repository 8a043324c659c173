# Timers due a few instructions apart fire in the same pass of the loop, as
# CPython's (epoll waits whole milliseconds): b wakes before c, whose wake-up
# a schedules when it sets the event.
import asyncio
async def a(ev):
    await asyncio.sleep(1)
    print("a sets")
    ev.set()
async def b():
    await asyncio.sleep(1)
    print("b woke")
async def c(ev):
    await ev.wait()
    print("c saw event")
async def main():
    ev = asyncio.Event()
    await asyncio.gather(a(ev), b(), c(ev))
asyncio.run(main())
