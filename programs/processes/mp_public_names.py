# cpython: skip (CPython also has Manager, the logging helpers and more submodules)
# The multiprocessing package shows the public names CPython's has (pygil
# has fewer), not its own helpers; BaseProcess lives in multiprocessing.process.
import multiprocessing as mp
print(sorted(n for n in dir(mp) if not n.startswith('_')))
import multiprocessing.process as p; print(p.BaseProcess, p.current_process())
