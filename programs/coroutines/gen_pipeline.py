# A generator pipeline: read -> filter -> transform -> consume. Each stage
# pulls one item at a time from the stage before it, so the whole "file"
# is never in memory and the stages interleave, as the trace lines show.

LOG = """\
INFO start
ERROR disk full
INFO retry
WARNING slow response
ERROR timeout
INFO done
"""

def read_lines(text):
    for line in text.splitlines():
        print(f'  read: {line!r}')
        yield line

def only(level, lines):
    for line in lines:
        if line.startswith(level):
            yield line

def message(lines):
    for line in lines:
        yield line.split(' ', 1)[1].upper()

pipeline = message(only('ERROR', read_lines(LOG)))
print(type(pipeline).__name__, 'created; nothing read yet')
for msg in pipeline:
    print('got', msg)

# The same pipeline as generator expressions.
lines = (l for l in LOG.splitlines())
errors = (l for l in lines if 'ERROR' in l)
words = (len(l.split()) for l in errors)
print('words per error line:', list(words))
