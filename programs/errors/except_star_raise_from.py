def g():
    try:
        raise ExceptionGroup('a', [ValueError(1), KeyError(2)])
    except* ValueError as e:
        raise RuntimeError('wrapped') from e
g()
