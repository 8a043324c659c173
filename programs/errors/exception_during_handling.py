# An exception raised inside an except block: implicit chaining.
def load(config, key):
    try:
        return config[key]
    except KeyError:
        return fallback[key]

print(load({"a": 1}, "a"))
print(load({"a": 1}, "b"))
