# logging: handlers, formatters, filters, propagation and the logger hierarchy.
import io
import logging

root_buf, child_buf = io.StringIO(), io.StringIO()
parent = logging.getLogger("h")
parent.propagate = False
parent.setLevel(logging.DEBUG)
ph = logging.StreamHandler(root_buf)
ph.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s|%(message)s"))
parent.addHandler(ph)
child = logging.getLogger("h.child")
ch = logging.StreamHandler(child_buf)
ch.setLevel(logging.WARNING)
ch.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
child.addHandler(ch)
child.debug("d")
child.warning("w")
grand = child.getChild("g")
print(grand.name, grand.parent is child, child.parent is parent, logging.getLogger("h.child") is child)
grand.error("e %s", "arg")

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg.endswith(("1", "3"))

parent.addFilter(OnlyOdd())
for i in range(4):
    parent.info("n%d", i) if False else parent.info("n" + str(i))
print(root_buf.getvalue(), end="")
print(child_buf.getvalue(), end="")
f = logging.Filter("h.child")
rec = logging.LogRecord("h.child.x", logging.INFO, "p.py", 3, "m %s", ("a",), None)
print(f.filter(rec), logging.Filter("h.other").filter(rec), rec.getMessage(), rec.levelname, rec.lineno)
fmt = logging.Formatter("%(message)s|%(funcName)s|%(module)s")
print(fmt.format(rec))
print(logging.Formatter("$levelname $message", style="$").format(rec))
try:
    logging.Formatter("%(message)s", style="?")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("{bad", style="{")
except ValueError as e:
    print("ValueError", e)
parent.removeHandler(ph)
print(parent.handlers, parent.hasHandlers(), child.hasHandlers())
