# The module-level functions log to the root logger, which configures itself
# on first use (basicConfig(): a stderr handler, "LEVEL:name:message"); the
# level constants and their names; %-arguments are applied only when a
# record is emitted.
import logging

logging.debug("not shown: the root logger starts at WARNING")
logging.info("not shown either")
logging.warning("disk %d%% full", 91)
logging.error("could not open %r", "data.csv")
logging.critical("giving up after %s tries", 3)
logging.log(logging.ERROR, "log() with a level: %s", "ERROR")
logging.fatal("fatal is critical")

print(logging.root, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(logging.root.handlers)
print([logging.getLevelName(n) for n in (0, 10, 20, 30, 40, 50, 25)])
print(logging.getLevelName("DEBUG"), logging.getLevelName("WARN"), logging.getLevelName("nope"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))

logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
logging.root.setLevel("NOTICE")
logging.log(25, "a custom level")
logging.info("still below NOTICE")
logging.root.setLevel(logging.DEBUG)
logging.debug("now debug shows, with a lone mapping: %(user)s at %(host)s", {"user": "ann", "host": "db1"})
logging.info("a tuple argument: %s", (1, 2))
logging.info("no arguments keep a literal %s")
logging.info(["not", "a", "string"])


class Expensive:
    def __str__(self):
        print("  (str() called)")
        return "expensive"


logging.root.setLevel(logging.WARNING)
logging.debug("lazy: %s", Expensive())
logging.warning("eager: %s", Expensive())

logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("still above the disable level")
logging.disable(logging.NOTSET)
logging.error("enabled again")

for bad in ("LOUD", None, 2.5):
    try:
        logging.root.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.log("ERROR", "the level must be an int here")
except TypeError as e:
    print("TypeError", e)
