# try/finally in generators under normal completion, break and close
log = []
def g():
    try:
        for i in range(3):
            yield i
    finally:
        log.append("finally")
for x in g():
    if x == 1:
        break
print(log)
log.clear()
print(list(g()), log)
