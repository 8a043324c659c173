# warn() is the deprecated spelling of warning(): it still logs, after a
# DeprecationWarning on stderr (shown because the call is in the main
# module, once per line).
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("old")
for i in range(2):
    log.warn("the method, pass %d", i)
logging.warn("the function")


def inner():
    log.warn("from a function")


inner()
logging.LoggerAdapter(log, {}).warn("through an adapter")
