# errno.errorcode and the module's names agree, with Linux's numbers on
# every host: no two names collide unless Linux makes them aliases.
import errno

names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), len(errno.errorcode))
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
aliases = sorted(n for n in names if errno.errorcode[getattr(errno, n)] != n)
print(aliases, [errno.errorcode[getattr(errno, n)] for n in aliases])
print(sorted(errno.errorcode)[:5], sorted(errno.errorcode)[-5:])
print(sum(errno.errorcode), max(errno.errorcode), min(errno.errorcode))
for name in ["ENOENT", "EEXIST", "EINVAL", "ENOTEMPTY", "ELOOP", "ETIMEDOUT", "ECONNREFUSED",
             "EOVERFLOW", "ENOTSUP", "EADDRINUSE", "ENOTCONN", "ESTALE", "EHOSTUNREACH"]:
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)])
print(hasattr(errno, "ENOTCAPABLE"), hasattr(errno, "EHWPOISON"))
try:
    errno.errorcode[0]
except KeyError as e:
    print("KeyError", e)
