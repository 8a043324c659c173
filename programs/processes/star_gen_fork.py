# A generator unpacked into a call (f(*gen)) runs in frames of the thread,
# as list(gen) does, so its body may start processes: the asyncio idiom
# gather(*(run_in_executor(process_pool, ...) for ...)).
import asyncio
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, square, n) for n in range(5))))


if __name__ == '__main__':
    asyncio.run(main())
    with ProcessPoolExecutor(2) as ex:
        print(*(ex.submit(square, n).result() for n in range(4)))
