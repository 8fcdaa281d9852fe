# Uncaught custom exception subclass
class ConfigError(ValueError):
    pass
def validate(port):
    if not 0 < port < 65536:
        raise ConfigError("port out of range: " + str(port))
    return port
print(validate(8080))
validate(70000)
