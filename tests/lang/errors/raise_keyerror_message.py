# Uncaught KeyError raised explicitly with a message
print("before raising")
raise KeyError("custom key message")
