# Handlers write through their stream's write() (and call its flush()), so
# records follow a replaced sys.stdout or sys.stderr, an io.StringIO, or
# any object with write(). basicConfig configures the root logger once;
# force=True replaces its handlers. At exit, logging.shutdown (an atexit
# callback) flushes and closes every handler.
import contextlib
import io
import logging
import sys


class Recorder:
    name = "recorder"

    def __init__(self, tag):
        self.tag = tag
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        print(f"  [{self.tag} flushed after {len(self.parts)} writes]")


log = logging.getLogger("io")
rec = Recorder("recorder")
handler = logging.StreamHandler(rec)
log.addHandler(handler)
log.warning("first")
log.warning("second %s", 2)
print(rec.parts, handler, repr(handler.terminator))
handler.terminator = " / "
log.warning("no newline")
print(rec.parts[-1:])
log.removeHandler(handler)

# The default stream is sys.stderr as it is when the handler is made.
saved = sys.stderr
sys.stderr = io.StringIO()
made_now = logging.StreamHandler()
sys.stderr, captured = saved, sys.stderr
print(made_now.stream is captured, logging.StreamHandler().stream is sys.stderr)

# The last resort writes to whatever sys.stderr is at the time.
with contextlib.redirect_stderr(io.StringIO()) as err:
    logging.getLogger("nowhere").error("caught by the last resort")
print(repr(err.getvalue()))
old = made_now.setStream(sys.stdout)
print(old is captured, made_now.setStream(sys.stdout))

# basicConfig: stream/format/datefmt/style/level, once.
logging.basicConfig(stream=sys.stdout, format="{levelname}:{name}:{message}", style="{", level=logging.INFO)
logging.info("configured")
logging.basicConfig(format="ignored: root has a handler already")
logging.info("unchanged")
with contextlib.redirect_stdout(io.StringIO()) as out:
    logging.basicConfig(force=True, stream=sys.stdout, format="%(levelname)s|%(message)s")
    logging.warning("into the redirected stdout")
print(repr(out.getvalue()))
logging.warning("that handler keeps the StringIO it was given")
print(repr(out.getvalue()))
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)], format="$levelname $message", style="$")
logging.warning("handlers= given")
print(logging.root.handlers, logging.root.level)
for kwargs in ({"stream": sys.stdout, "filename": "x.log"}, {"handlers": [], "stream": sys.stdout},
               {"style": "?"}, {"colour": True}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning("back to the basic format")

# Handlers made in this program are flushed once more at exit.
final = logging.getLogger("final")
final.propagate = False
final.addHandler(logging.StreamHandler(Recorder("final")))
final.error("last record")
print("end of program")
