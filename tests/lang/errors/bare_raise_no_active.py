# RuntimeError: No active exception to reraise
print("nothing to re-raise")
raise
