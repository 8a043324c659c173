try:
    raise ExceptionGroup('a', [ValueError(1)])
except* ValueError:
    raise TypeError('in handler')
