# pygil: --max-steps 100000
# cpython: skip (--max-steps is pygil's: CPython loops forever here)
# random's rejection loops with a NaN parameter never accept a draw (in
# CPython too); --max-steps stops them like a Python loop.
import random
random.seed(1)
print(round(random.vonmisesvariate(1, 2), 6), round(random.gammavariate(0.5, 1), 6))
print(random.vonmisesvariate(1, float('nan')))
