# raise ... from ...: explicit chaining.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port: {text!r}") from e

def configure(settings):
    return parse_port(settings["port"])

print(configure({"port": "8080"}))
configure({"port": "http"})
