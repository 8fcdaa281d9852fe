# NotImplementedError raised from a stub
def todo():
    raise NotImplementedError("todo() is not written yet")
print("calling stub")
todo()
