# with statement with several items: enter in order, exit in reverse.
log = []
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        log.append("enter %d" % self.n)
        return self.n
    def __exit__(self, *a):
        log.append("exit %d" % self.n)
        return False
with CM(1) as a, CM(2) as b, CM(3):
    log.append("body %d %d" % (a, b))
print(log)
log.clear()
try:
    with CM(1), CM(2):
        raise ValueError("x")
except ValueError:
    log.append("caught")
print(log)
