# The start method can be set once, before it is used or asked for; again
# only with force=True. (pygil forks: 'fork' is the one method it has.)
import multiprocessing as mp

if __name__ == '__main__':
    print(mp.get_start_method(allow_none=True))
    mp.set_start_method('fork')
    print(mp.get_start_method())
    try:
        mp.set_start_method('fork')
    except RuntimeError as e:
        print('RuntimeError:', e)
    mp.set_start_method('fork', force=True)
    mp.set_start_method(None, force=True)
    print(mp.get_start_method(allow_none=True))
    print(mp.get_start_method())
    try:
        mp.set_start_method('fork')
    except RuntimeError as e:
        print('RuntimeError:', e)
