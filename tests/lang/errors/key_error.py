# KeyError: 'missing'
config = {"debug": True}
print(config["debug"])
print(config["missing"])
