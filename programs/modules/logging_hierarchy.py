# Dotted names make a tree: a logger's parent is its nearest existing
# ancestor (placeholders keep the place of the others), records propagate
# up to the handlers of every ancestor, the effective level is the first
# level set on the way up, and with no handler anywhere the last resort
# prints just the message to stderr, for WARNING and above.
import logging
import sys

deep = logging.getLogger("shop.cart.items")
print(deep, deep.parent)
shop = logging.getLogger("shop")
print(deep.parent is shop, shop.parent is logging.root)
cart = logging.getLogger("shop.cart")
print(deep.parent is cart, cart.parent is shop)
print(sorted(logging.root.manager.loggerDict))
print(logging.getLogger("shop.cart") is cart, shop.getChild("cart") is cart, shop.getChild("cart.items") is deep)
print(logging.root.getChild("shop") is shop, deep.name, repr(cart))

print(deep.hasHandlers(), deep.getEffectiveLevel(), deep.isEnabledFor(logging.INFO))
deep.warning("no handler anywhere: the last resort prints this (%s)", "message only")
deep.info("below WARNING: the last resort drops it")

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[shop handler] %(name)s %(levelname)s %(message)s"))
shop.addHandler(out)
root_out = logging.StreamHandler(sys.stdout)
root_out.setFormatter(logging.Formatter("[root handler] %(name)s %(message)s"))
logging.root.addHandler(root_out)

shop.setLevel(logging.INFO)
print(deep.getEffectiveLevel(), cart.level, deep.isEnabledFor(logging.INFO), deep.isEnabledFor(logging.DEBUG))
deep.info("goes to shop's handler, then the root's")
cart.debug("below shop's level")
cart.propagate = False
deep.warning("stops at cart: no handler there")
cart.propagate = True
cart.setLevel(logging.ERROR)
deep.warning("cart's level decides now")
deep.error("above cart's level")
out.setLevel(logging.CRITICAL)
deep.error("the shop handler's own level filters this one")
print(shop.handlers, logging.root.handlers)
shop.removeHandler(out)
shop.removeHandler(out)
print(shop.handlers, deep.hasHandlers())

library = logging.getLogger("library")
library.addHandler(logging.NullHandler())
library.propagate = False
library.warning("a NullHandler silences a library without configuring the application")
print(library.handlers, library.hasHandlers())

alone = logging.getLogger("alone")
alone.propagate = False
alone.error("no handler and no propagation: the last resort again")
logging.lastResort = None
alone.error("without a last resort: a one-time notice instead")
alone.error("and then nothing")
logging.lastResort = logging._defaultLastResort


class AuditLogger(logging.Logger):
    def audit(self, msg):
        self.warning("AUDIT " + msg)


logging.setLoggerClass(AuditLogger)
audit = logging.getLogger("shop.audit")
print(type(audit).__name__, audit.parent is shop, logging.getLoggerClass() is AuditLogger)
audit.audit("refund issued")
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError:", e)
