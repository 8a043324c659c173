# The multiprocessing package does not show pygil's own helpers (CPython's
# has no BaseProcess, Connection, Empty or Full at its top level);
# BaseProcess lives in multiprocessing.process.
import multiprocessing as mp
print([n for n in ('BaseProcess', 'Connection', 'Empty', 'Full') if hasattr(mp, n)])
print([n for n in ('Process', 'Pool', 'Queue', 'Pipe', 'Value', 'Array', 'Lock', 'current_process') if hasattr(mp, n)])
import multiprocessing.process as p
print(p.BaseProcess, p.current_process())
print(isinstance(p.current_process(), p.BaseProcess))
