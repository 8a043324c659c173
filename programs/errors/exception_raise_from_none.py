# raise ... from None suppresses the context.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"{key} is not configured") from None

lookup({}, "timeout")
