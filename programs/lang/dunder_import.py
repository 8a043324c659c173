# __import__(), the function behind the import statement: the top-level
# package unless a fromlist names what is wanted, and CPython's errors.
print(__import__('math').sqrt(4), __import__('concurrent.futures').__name__, __import__('concurrent.futures', fromlist=['x']).__name__)
try: __import__('nope')
except ImportError as e: print(type(e).__name__, e)
try: __import__('math', globals(), None, [], 1)
except ImportError as e: print(type(e).__name__, e)
try: __import__(5)
except TypeError as e: print(type(e).__name__, e)
try: __import__('')
except ValueError as e: print(type(e).__name__, e)
try: __import__('math', level=-1)
except ValueError as e: print(type(e).__name__, e)
print(__import__('multiprocessing.pool', globals(), locals(), [], 0).__name__, __import__(name='time').__name__)
