# A repeated parameter name is reported at the repeat, as CPython points at it.
def move(src, dst, *, src=None):
    pass
