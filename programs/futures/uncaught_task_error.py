# cpython: skip (stderr: CPython's traceback also shows the frames of its concurrent/futures library files)
# An exception raised in a task comes out of result() with the task's own
# frames in its traceback; from a process pool, the worker's traceback
# comes along as the cause (a _RemoteTraceback).
import concurrent.futures as cf


def parse(text):
    return int(text)


if __name__ == '__main__':
    with cf.ProcessPoolExecutor(1) as ex:
        try:
            ex.submit(parse, 'twelve').result()
        except ValueError as e:
            print('caught:', e)
            print(e.__cause__)
    with cf.ThreadPoolExecutor() as ex:
        f = ex.submit(parse, 'seven')
        print(f.result())
