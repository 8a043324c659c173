eg = ExceptionGroup('wide', [ValueError(i) for i in range(18)])
try:
    raise eg
except Exception as e:
    import traceback
    traceback.print_exc()
    print(''.join(traceback.format_exception(e)))
def nest(n):
    if n == 0:
        return ValueError('bottom')
    return ExceptionGroup(f'level{n}', [nest(n - 1)])
raise nest(13)
