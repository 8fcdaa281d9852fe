# Exception with several args: str() shows the tuple
print("before raising")
raise ValueError("bad value", 42)
