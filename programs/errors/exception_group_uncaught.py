def f(n):
    raise ValueError(n)
def collect():
    errs = []
    for i in range(3):
        try:
            f(i)
        except ValueError as e:
            errs.append(e)
    try:
        raise KeyError('k')
    except KeyError as k:
        try:
            raise TypeError('t')
        except TypeError as t:
            errs.append(t)
    inner = ExceptionGroup('inner', [OSError(1), ExceptionGroup('deep', [ZeroDivisionError('z')])])
    errs.append(inner)
    eg = ExceptionGroup('outer', errs)
    eg.add_note('note one')
    raise eg
collect()
