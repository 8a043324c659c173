# exception() and exc_info: the traceback follows the message (as
# traceback.print_exception prints it), whether the exception is the one
# being handled, an exception object, or a (type, value, tb) tuple;
# stack_info adds the call stack; stacklevel reports a caller further out.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("jobs")


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError:
        log.exception("cannot load %r", text)
        return None


print(load("12"), load("twelve"))

try:
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("no configuration") from e
except RuntimeError as e:
    saved = e
    log.error("chained, exc_info=True", exc_info=True)

log.warning("an exception object", exc_info=saved)
log.critical("a tuple", exc_info=(type(saved), saved, saved.__traceback__))
log.exception("exception() with nothing being handled")
log.error("exc_info=False adds nothing", exc_info=False)

try:
    1 / 0
except ZeroDivisionError:
    logging.exception("the module-level exception()")
    logging.error("and error(exc_info=True)", exc_info=True)


def check(value):
    if value < 0:
        log.warning("negative value %d", value, stacklevel=2)


def validate(values):
    for v in values:
        check(v)


validate([3, -1])


def where():
    log.warning("here is the stack", stack_info=True)


where()

# The traceback text is made once per record and kept on it.
record = log.makeRecord("jobs", logging.ERROR, "f.py", 1, "m", (), (type(saved), saved, saved.__traceback__))
formatter = logging.Formatter("%(message)s")
print(record.exc_text)
text = formatter.format(record)
print(record.exc_text == text.split("\n", 1)[1], text.splitlines()[-1])
