# Formatter in its three styles (%, { and $), the record attributes a format
# can name, asctime through datefmt (time.strftime on the record's own
# created time: set here, since a real clock differs from run to run),
# validation of formats, filters by logger name and as plain callables.
import io
import logging

record = logging.makeLogRecord({
    "name": "app.db", "levelno": 20, "levelname": "INFO", "msg": "%d rows in %.1fs",
    "args": (120, 0.25), "created": 1700000000.375, "msecs": 375.0,
    "funcName": "fetch", "lineno": 42, "pathname": "/srv/app/db.py",
    "filename": "db.py", "module": "db",
})
for fmt, style in [
    ("%(levelname)-8s|%(name)s|%(message)s", "%"),
    ("%(levelno)03d %(module)s.%(funcName)s:%(lineno)d %(filename)s", "%"),
    ("{levelname:<8}|{name:>8}|{message!r}", "{"),
    ("{levelname[0]} {lineno:04d} {message}", "{"),
    ("$levelname ${name}: $message $$", "$"),
]:
    print(repr(logging.Formatter(fmt, style=style).format(record)))

print(logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H:%M:%S").format(record))
plain = logging.Formatter("%(asctime)s %(message)s")
print(plain.format(record), "|", record.asctime)
print(plain.formatTime(record), plain.formatTime(record, "%H:%M"), plain.usesTime(), logging.Formatter("%(message)s").usesTime())
print(logging.Formatter("{asctime} {message}", style="{").usesTime(), logging.Formatter("$asctime $message", style="$").usesTime())


class UTCFormatter(logging.Formatter):
    default_msec_format = "%s.%03d"


print(UTCFormatter("%(asctime)s").format(record))
print(repr(logging.Formatter().format(record)), logging.Formatter()._fmt, logging.BASIC_FORMAT)
print(logging.Formatter("%(message)s %(app)s", defaults={"app": "shop"}).format(record))
print(record, record.getMessage(), record.message)

for fmt, style in [("no fields here", "%"), ("%(message)", "%"), ("{}", "{"), ("{x!z}", "{"),
                   ("{x:%%}", "{"), ("{x:<>3}", "{"), ("plain", "$"), ("costs $5", "$"), ("x", "#")]:
    try:
        logging.Formatter(fmt, style=style)
        print("valid:", fmt)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("%(x)s", validate=False)._fmt)
try:
    logging.Formatter("%(missing)s").format(record)
except ValueError as e:
    print("ValueError:", e)

# A LogRecord made by a logger knows where the call was.
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(filename)s %(module)s %(threadName)s %(processName)s %(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.DEBUG)


def handle_request(path):
    log.info("serving %s", path)


handle_request("/index")
log.debug("from module level")
print(stream.getvalue(), end="")

# Filters: by name (the logger and those below it), or any callable.
stream = io.StringIO()
handler.setStream(stream)
handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
handler.addFilter(logging.Filter("app.db"))
for name in ["app", "app.db", "app.dbx", "app.db.pool"]:
    logging.getLogger(name).warning("from %s", name)
handler.addFilter(lambda r: "secret" not in r.getMessage())
logging.getLogger("app.db").warning("a secret")
logging.getLogger("app.db").warning("public")
print(stream.getvalue(), end="")
print(len(handler.filters), logging.Filter().filter(record), logging.Filter("app").filter(record))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


stream = io.StringIO()
handler.setStream(stream)
handler.filters.clear()
log.addFilter(OnlyOdd())
for i in range(5):
    log.warning("n=%d", i)
print(stream.getvalue(), end="")

collected = []
buffer = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(buffer.format([record, record])), repr(buffer.format([])))
