# NameError for a global declared but never assigned
def read():
    global qqq_never_assigned
    return qqq_never_assigned
print("reading")
read()
